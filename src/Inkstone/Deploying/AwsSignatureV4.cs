using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Inkstone.Deploying;

/// <summary>
/// AWS Signature Version 4 for S3 (the signing every S3-compatible service accepts: AWS, R2, OSS, COS, MinIO),
/// as the AWS documentation specifies it: a canonical request of the method, the path as sent, the sorted
/// query, the signed headers and the payload's SHA-256; a string to sign naming the day, region and service;
/// a key derived from the secret through the day, region, service and "aws4_request".
/// </summary>
internal static class AwsSignatureV4
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>The SHA-256 of no bytes, the payload hash of a request without a body.</summary>
    public const string EmptyPayload = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /// <summary>The value of the Authorization header for a request.</summary>
    /// <param name="canonicalPath">The path exactly as sent, already percent-encoded (S3 does not encode it twice).</param>
    /// <param name="query">Query parameters, not encoded.</param>
    /// <param name="headers">The headers to sign, host and x-amz-date among them; names in any case.</param>
    public static string Authorization(string method, string canonicalPath, IEnumerable<KeyValuePair<string, string>> query,
        IEnumerable<KeyValuePair<string, string>> headers, string payloadHash, AwsCredentials credentials, string region, DateTimeOffset time)
    {
        var signed = headers
            .Select(h => (Name: h.Key.ToLowerInvariant(), Value: string.Join(' ', h.Value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))))
            .OrderBy(h => h.Name, StringComparer.Ordinal)
            .ToList();
        var signedNames = string.Join(';', signed.Select(h => h.Name));
        var canonicalQuery = string.Join('&', query
            .Select(q => (Name: Encode(q.Key), Value: Encode(q.Value)))
            .OrderBy(q => q.Name, StringComparer.Ordinal).ThenBy(q => q.Value, StringComparer.Ordinal)
            .Select(q => $"{q.Name}={q.Value}"));
        var canonicalRequest = string.Join('\n',
            method,
            canonicalPath,
            canonicalQuery,
            string.Concat(signed.Select(h => $"{h.Name}:{h.Value}\n")),
            signedNames,
            payloadHash);

        var day = time.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var scope = $"{day}/{region}/s3/aws4_request";
        var stringToSign = string.Join('\n', Algorithm, Timestamp(time), scope, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))));

        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + credentials.SecretAccessKey), day);
        key = Hmac(key, region);
        key = Hmac(key, "s3");
        key = Hmac(key, "aws4_request");
        var signature = Hex(Hmac(key, stringToSign));
        return $"{Algorithm} Credential={credentials.AccessKeyId}/{scope}, SignedHeaders={signedNames}, Signature={signature}";
    }

    /// <summary>The x-amz-date form of a time: 20130524T000000Z.</summary>
    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Percent-encodes as SigV4 requires: every byte of the UTF-8 form except the unreserved A-Z a-z 0-9 - . _ ~,
    /// in upper-case hex; '/' too unless <paramref name="keepSlashes"/> (an object key's path).
    /// </summary>
    public static string Encode(string text, bool keepSlashes = false)
    {
        var result = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.' or '_' or '~' || (keepSlashes && c == '/'))
            {
                result.Append(c);
            }
            else
            {
                result.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return result.ToString();
    }

    public static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));
}
