using Fourfold.Data;
using NodaTime.Testing;

namespace Fourfold.Web.Tests.Infrastructure;

/// <summary>Another instance of the app on the first one's database, with the same clock and settings, as a second server would be.</summary>
public sealed class SecondInstance(FourfoldAppFactory first) : FourfoldAppFactory
{
    public override DatabaseProvider Provider => first.Provider;

    public override FakeClock Clock => first.Clock;

    public override int SignInAttemptsPerMinute => first.SignInAttemptsPerMinute;

    public override string AuditAnchorFile => first.AuditAnchorFile;

    protected override string ConnectionString => first.DatabaseConnectionString;

    /// <summary>The first instance verifies the chain they share.</summary>
    protected override bool VerifiesAuditOnDispose => false;
}
