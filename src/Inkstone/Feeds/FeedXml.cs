using System.Text;
using System.Xml;

namespace Inkstone.Feeds;

/// <summary>Shared XML writing settings: UTF-8 without BOM, indented, LF line ends, so output is byte-identical across machines.</summary>
internal static class FeedXml
{
    public static string Write(Action<XmlWriter> write)
    {
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true };
        using (var writer = new XmlCharacterFilter(XmlWriter.Create(builder, settings)))
        {
            write(writer);
        }

        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + builder + "\n";
    }
}
