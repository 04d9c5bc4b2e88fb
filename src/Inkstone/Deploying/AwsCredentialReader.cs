namespace Inkstone.Deploying;

/// <summary>
/// Finds credentials where the AWS tools look: <c>AWS_ACCESS_KEY_ID</c> and <c>AWS_SECRET_ACCESS_KEY</c> (with
/// <c>AWS_SESSION_TOKEN</c>), else the profile <c>AWS_PROFILE</c> names (<c>default</c>) in the shared credentials
/// file (<c>AWS_SHARED_CREDENTIALS_FILE</c>, else <c>~/.aws/credentials</c>). Read, never written anywhere.
/// </summary>
internal static class AwsCredentialReader
{
    public static AwsCredentials Read(Func<string, string?> variables, string target)
    {
        var id = variables("AWS_ACCESS_KEY_ID");
        var secret = variables("AWS_SECRET_ACCESS_KEY");
        if (!string.IsNullOrEmpty(id) || !string.IsNullOrEmpty(secret))
        {
            if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(secret))
            {
                throw new DeployException($"Only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY is set, so there are no credentials for {target}.",
                    "Set both, or neither to use a profile of ~/.aws/credentials.");
            }

            return new AwsCredentials(id, secret, NonEmpty(variables("AWS_SESSION_TOKEN")), "AWS_ACCESS_KEY_ID");
        }

        var profile = NonEmpty(variables("AWS_PROFILE")) ?? "default";
        var file = NonEmpty(variables("AWS_SHARED_CREDENTIALS_FILE"))
                   ?? Path.Combine(NonEmpty(variables("HOME")) ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".aws", "credentials");
        var values = File.Exists(file) ? ReadProfile(file, profile) : null;
        if (values is null || !values.TryGetValue("aws_access_key_id", out var fileId) || !values.TryGetValue("aws_secret_access_key", out var fileSecret))
        {
            throw new DeployException(
                $"No credentials for {target}: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set, and {file} has no profile '{profile}' with aws_access_key_id and aws_secret_access_key.",
                "Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (in CI, from the repository's secrets), or name a profile of your credentials file with AWS_PROFILE.");
        }

        return new AwsCredentials(fileId, fileSecret, values.GetValueOrDefault("aws_session_token"), $"profile '{profile}' in {file}");
    }

    /// <summary>The keys of <c>[profile]</c> in an INI file such as ~/.aws/credentials, or null when it has no such section.</summary>
    private static Dictionary<string, string>? ReadProfile(string file, string profile)
    {
        Dictionary<string, string>? values = null;
        var inProfile = false;
        foreach (var raw in File.ReadLines(file))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                var name = line[1..^1].Trim();
                inProfile = name == profile || name == "profile " + profile;
                if (inProfile)
                {
                    values ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                }

                continue;
            }

            var equals = line.IndexOf('=');
            if (inProfile && equals > 0)
            {
                values![line[..equals].Trim()] = line[(equals + 1)..].Trim();
            }
        }

        return values;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
