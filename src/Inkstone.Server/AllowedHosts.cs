using System.Net;
using Microsoft.AspNetCore.Http;

namespace Inkstone.Server;

/// <summary>
/// The names a request's <c>Host</c> header may carry: <c>localhost</c>, any loopback address
/// (127.0.0.0/8, [::1]) and the host the server was told to listen on. A page on another site that has the
/// browser resolve its own name to 127.0.0.1 (DNS rebinding) sends that name, and is refused. Listening
/// on every interface (0.0.0.0, ::), any address written as an IP is allowed too, since only a name can
/// be rebound.
/// </summary>
internal sealed class AllowedHosts(string listenHost)
{
    private readonly string _listen = Bare(listenHost);

    public bool Allows(HostString host)
    {
        if (!host.HasValue)
        {
            return true; // HTTP/1.0 with no Host: not a browser sent by another site
        }

        var name = Bare(host.Host);
        if (name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || name.Equals(_listen, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(name, out var address) &&
               (IPAddress.IsLoopback(address) || (IPAddress.TryParse(_listen, out var listen) && (listen.Equals(IPAddress.Any) || listen.Equals(IPAddress.IPv6Any) || listen.Equals(address))));
    }

    private static string Bare(string host) => host.Trim().TrimStart('[').TrimEnd(']').TrimEnd('.');
}
