using NodaTime;

namespace Fourfold.Web.Infrastructure.Time;

/// <summary>
/// The app's one clock as ASP.NET Core reads time (cookie and bearer expiry, the security stamp's revalidation), so a
/// session's idle and absolute timeouts follow the same clock as everything else and can be tested without waiting.
/// </summary>
internal sealed class ClockTimeProvider(IClock clock) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => clock.GetCurrentInstant().ToDateTimeOffset();
}
