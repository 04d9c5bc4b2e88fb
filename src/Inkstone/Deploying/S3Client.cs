using System.Net;
using System.Security.Cryptography;
using System.Xml.Linq;

namespace Inkstone.Deploying;

/// <summary>
/// The three S3 requests a deploy makes, signed with <see cref="AwsSignatureV4"/>: ListObjectsV2 of a prefix,
/// PutObject of a file (with its Content-MD5, so the server rejects bytes damaged on the way), DeleteObject.
/// Refusals are <see cref="S3Failure"/>s with the server's code; a request that fails on the network or with a
/// server error (5xx) is tried three times.
/// </summary>
internal sealed class S3Client(BucketTarget target, AwsCredentials credentials, HttpMessageHandler? handler = null) : IDisposable
{
    private const int Attempts = 3;

    private readonly HttpClient _http = new(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) }, disposeHandler: true)
    {
        Timeout = TimeSpan.FromMinutes(10),
    };

    /// <summary>Every object under <paramref name="prefix"/>: its key and the MD5 its ETag states (null when the ETag is no MD5, as after a multipart upload).</summary>
    public Dictionary<string, string?> List(string prefix)
    {
        var objects = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? token = null;
        do
        {
            var query = new List<KeyValuePair<string, string>> { new("list-type", "2"), new("prefix", prefix) };
            if (token is not null)
            {
                query.Add(new("continuation-token", token));
            }

            var page = Send(HttpMethod.Get, "", query, null);
            var root = XDocument.Parse(page).Root!;
            foreach (var contents in root.Elements().Where(e => e.Name.LocalName == "Contents"))
            {
                var key = Child(contents, "Key") ?? "";
                var etag = Child(contents, "ETag")?.Trim('"').ToLowerInvariant();
                objects[key] = etag is { Length: 32 } && etag.All(char.IsAsciiHexDigit) ? etag : null;
            }

            token = Child(root, "IsTruncated") == "true" ? Child(root, "NextContinuationToken") : null;
        }
        while (token is not null);

        return objects;
    }

    public void Put(string key, string file, string md5Hex, string contentType, string cacheControl)
    {
        string payloadHash;
        using (var stream = File.OpenRead(file))
        {
            payloadHash = AwsSignatureV4.Hex(SHA256.HashData(stream));
        }

        Send(HttpMethod.Put, key, [], () =>
        {
            var content = new StreamContent(File.OpenRead(file));
            content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
            content.Headers.ContentMD5 = Convert.FromHexString(md5Hex);
            return (content, payloadHash);
        }, cacheControl);
    }

    public void Delete(string key) => Send(HttpMethod.Delete, key, [], null);

    public void Dispose() => _http.Dispose();

    private string Send(HttpMethod method, string key, List<KeyValuePair<string, string>> query,
        Func<(HttpContent Content, string PayloadHash)>? body, string? cacheControl = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var request = Request(method, key, query, body, cacheControl);
                using var response = _http.Send(request);
                using var reader = new StreamReader(response.Content.ReadAsStream());
                var text = reader.ReadToEnd();
                if (response.IsSuccessStatusCode)
                {
                    return text;
                }

                var failure = Failure(response.StatusCode, text);
                if ((int)response.StatusCode < 500 || attempt == Attempts)
                {
                    throw failure;
                }
            }
            catch (HttpRequestException) when (attempt < Attempts)
            {
            }
            catch (TaskCanceledException) when (attempt < Attempts)
            {
            }

            Thread.Sleep(TimeSpan.FromMilliseconds(250 * attempt * attempt));
        }
    }

    private HttpRequestMessage Request(HttpMethod method, string key, List<KeyValuePair<string, string>> query,
        Func<(HttpContent Content, string PayloadHash)>? body, string? cacheControl)
    {
        var path = target.PathStyle
            ? $"/{AwsSignatureV4.Encode(target.Bucket)}/{AwsSignatureV4.Encode(key, keepSlashes: true)}"
            : $"/{AwsSignatureV4.Encode(key, keepSlashes: true)}";
        var host = target.PathStyle ? target.Endpoint.Authority : $"{target.Bucket}.{target.Endpoint.Authority}";
        var queryText = string.Join('&', query.Select(q => $"{AwsSignatureV4.Encode(q.Key)}={AwsSignatureV4.Encode(q.Value)}"));
        var request = new HttpRequestMessage(method, new Uri($"{target.Endpoint.Scheme}://{host}{path}{(queryText.Length > 0 ? "?" + queryText : "")}"));

        var payloadHash = AwsSignatureV4.EmptyPayload;
        if (body is not null)
        {
            (request.Content, payloadHash) = body();
        }

        var now = DateTimeOffset.UtcNow;
        var signed = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = host,
            ["x-amz-content-sha256"] = payloadHash,
            ["x-amz-date"] = AwsSignatureV4.Timestamp(now),
        };
        if (credentials.SessionToken is { } token)
        {
            signed["x-amz-security-token"] = token;
        }

        foreach (var (name, value) in signed.Where(h => h.Key != "host"))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (cacheControl is not null)
        {
            request.Headers.TryAddWithoutValidation("Cache-Control", cacheControl);
        }

        request.Headers.TryAddWithoutValidation("Authorization",
            AwsSignatureV4.Authorization(method.Method, path, query, signed, payloadHash, credentials, target.Region, now));
        return request;
    }

    private static S3Failure Failure(HttpStatusCode status, string body)
    {
        try
        {
            var root = XDocument.Parse(body).Root;
            if (root is not null && Child(root, "Code") is { } code)
            {
                return new S3Failure((int)status, code, Child(root, "Message") ?? "");
            }
        }
        catch (System.Xml.XmlException)
        {
            // Not S3's XML error (a proxy's page): the status says what there is to say.
        }

        return new S3Failure((int)status, $"HTTP{(int)status}", status.ToString());
    }

    private static string? Child(XElement element, string name) => element.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
}
