using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Inkstone.Templating;

/// <summary>Lets Liquid's <c>{% render 'partials/card' %}</c> find partials in the theme (or the site's overrides).</summary>
internal sealed class ThemeFileProvider(ThemeFiles theme) : IFileProvider
{
    // Fluid asks for a partial's file on every render to check its cache, so each file is read once per build.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IFileInfo> _files = new(StringComparer.Ordinal);

    public IFileInfo GetFileInfo(string subpath) => _files.GetOrAdd(subpath.TrimStart('/'), name =>
    {
        var text = theme.ReadTemplate(name);
        return text is null ? new NotFoundFileInfo(name) : new TemplateFileInfo(name, Encoding.UTF8.GetBytes(text));
    });

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class TemplateFileInfo(string name, byte[] bytes) : IFileInfo
    {
        public bool Exists => true;

        public long Length => bytes.Length;

        public string? PhysicalPath => null;

        public string Name => Path.GetFileName(name);

        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(bytes, writable: false);
    }
}
