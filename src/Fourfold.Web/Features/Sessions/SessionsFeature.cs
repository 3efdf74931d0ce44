namespace Fourfold.Web.Features.Sessions;

/// <summary>Sessions across time zones: hours, finding a time, booking, moving, cancelling, calendar feeds and balance.</summary>
internal static class SessionsFeature
{
    public static IServiceCollection AddSessions(this IServiceCollection services)
    {
        services.AddScoped<BookSession>();
        services.AddScoped<CancelSession>();
        services.AddScoped<SessionQueries>();
        services.AddScoped<SessionNotices>();
        services.AddScoped<SlotQuery>();
        services.AddScoped<TeamCalendars>();
        services.AddScoped<SetAvailability>();
        services.AddScoped<CalendarFeeds>();
        services.AddScoped<Balance>();
        return services;
    }
}
