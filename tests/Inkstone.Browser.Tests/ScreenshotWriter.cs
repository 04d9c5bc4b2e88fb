namespace Inkstone.Browser.Tests;

internal sealed class ScreenshotWriter
{
}
