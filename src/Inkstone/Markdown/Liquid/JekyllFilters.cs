using System.Globalization;
using System.Net;
using Fluid;
using Fluid.Values;
using Inkstone.Configuration;

namespace Inkstone.Markdown.Liquid;

/// <summary>
/// The filters Jekyll adds to Liquid that posts use: URLs against the site's address (<c>relative_url</c>,
/// <c>absolute_url</c>), escaping, dates as Jekyll writes them, <c>slugify</c>, <c>where</c>, <c>jsonify</c>.
/// <c>markdownify</c> and <c>smartify</c> give their input back: a post's output is Markdown already.
/// </summary>
internal static class JekyllFilters
{
    public static void AddTo(FilterCollection filters, SiteConfig config)
    {
        var basePath = config.BasePath;
        var baseUrl = config.BaseUrl;
        filters.AddFilter("relative_url", (input, _, _) => Text(IsAbsolute(input.ToStringValue()) ? input.ToStringValue() : basePath + input.ToStringValue().TrimStart('/')));
        filters.AddFilter("absolute_url", (input, _, _) => Text(IsAbsolute(input.ToStringValue()) ? input.ToStringValue() : baseUrl + input.ToStringValue().TrimStart('/')));
        filters.AddFilter("slugify", (input, _, _) => Text(Importing.EngineSlugs.Jekyll(input.ToStringValue(), pretty: false, cased: false)));
        filters.AddFilter("xml_escape", (input, _, _) => Text(WebUtility.HtmlEncode(input.ToStringValue())));
        filters.AddFilter("cgi_escape", (input, _, _) => Text(Uri.EscapeDataString(input.ToStringValue()).Replace("%20", "+", StringComparison.Ordinal)));
        filters.AddFilter("uri_escape", (input, _, _) => Text(Uri.EscapeDataString(input.ToStringValue()).Replace("%2F", "/", StringComparison.Ordinal).Replace("%3A", ":", StringComparison.Ordinal)));
        filters.AddFilter("markdownify", (input, _, _) => Text(input.ToStringValue()));
        filters.AddFilter("smartify", (input, _, _) => Text(input.ToStringValue()));
        filters.AddFilter("normalize_whitespace", (input, _, _) => Text(string.Join(' ', input.ToStringValue().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
        filters.AddFilter("number_of_words", (input, _, _) => new ValueTask<FluidValue>(NumberValue.Create(input.ToStringValue().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length)));
        filters.AddFilter("array_to_sentence_string", (input, arguments, context) =>
        {
            var items = input.Enumerate(context).Select(v => v.ToStringValue()).ToList();
            var connector = arguments.Count > 0 ? arguments.At(0).ToStringValue() : "and";
            return Text(items.Count switch
            {
                0 => "",
                1 => items[0],
                2 => $"{items[0]} {connector} {items[1]}",
                _ => $"{string.Join(", ", items[..^1])}, {connector} {items[^1]}",
            });
        });
        filters.AddFilter("date_to_string", (input, _, context) => Date(input, context, d => d.ToString("dd MMM yyyy", CultureInfo.InvariantCulture)));
        filters.AddFilter("date_to_long_string", (input, _, context) => Date(input, context, d => d.ToString("dd MMMM yyyy", CultureInfo.InvariantCulture)));
        filters.AddFilter("date_to_xmlschema", (input, _, context) => Date(input, context, d => d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)));
        filters.AddFilter("date_to_rfc822", (input, _, context) => Date(input, context, d => d.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + d.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", "", StringComparison.Ordinal)));
        filters.AddFilter("jsonify", (input, _, _) => Text(LiquidJson.Write(input)));
        filters.AddFilter("where", (input, arguments, context) =>
        {
            var key = arguments.At(0).ToStringValue();
            var value = arguments.At(1).ToStringValue();
            var kept = input.Enumerate(context).Where(item => item.GetValueAsync(key, context).GetAwaiter().GetResult().ToStringValue() == value).ToList();
            return new ValueTask<FluidValue>(new ArrayValue(kept));
        });
    }

    private static bool IsAbsolute(string url) => url.Contains("://", StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal);

    private static ValueTask<FluidValue> Text(string value) => new(new StringValue(value));

    private static ValueTask<FluidValue> Date(FluidValue input, TemplateContext context, Func<DateTimeOffset, string> format) =>
        input.TryGetDateTimeInput(context, out var date) ? Text(format(date)) : new ValueTask<FluidValue>(input);
}
