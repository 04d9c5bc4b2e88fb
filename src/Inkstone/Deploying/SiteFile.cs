namespace Inkstone.Deploying;

/// <summary>
/// A file of the built site: its path in the site (with '/', the object key under a bucket's prefix), where
/// it is on disk, its size, and the MD5 of its bytes (lower-case hex), which is what S3 reports as the ETag
/// of an object uploaded in one request.
/// </summary>
internal sealed record SiteFile(string Path, string FullPath, long Length, string Md5);
