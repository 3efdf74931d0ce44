namespace Fourfold.Web.Features.PartnerMeetings;

/// <summary>A partner meets the other partner's therapist or coach: asked, agreed, accepted, booked, and written back.</summary>
internal static class PartnerMeetingsFeature
{
    public static IServiceCollection AddPartnerMeetings(this IServiceCollection services)
    {
        services.AddScoped<MeetingRequestStore>();
        services.AddScoped<MeetingRequestQuery>();
        services.AddScoped<MeetingDoor>();
        services.AddScoped<AskToMeet>();
        services.AddScoped<AnswerMeetingRequest>();
        services.AddScoped<BookMeeting>();
        services.AddScoped<WriteMeetingAnswer>();
        return services;
    }
}
