namespace Fourfold.Web.Features.Accountability;

/// <summary>Check-ins, homework and the agenda it puts before a partner's own professional.</summary>
internal static class AccountabilityFeature
{
    public static IServiceCollection AddAccountability(this IServiceCollection services)
    {
        services.AddScoped<ActionTargets>();
        services.AddScoped<CheckInStore>();
        services.AddScoped<CheckInQuery>();
        services.AddScoped<RecordCheckIn>();
        services.AddScoped<HomeworkStore>();
        services.AddScoped<HomeworkQuery>();
        services.AddScoped<SetHomework>();
        services.AddScoped<LogHomework>();
        services.AddScoped<TalkThroughHomework>();
        services.AddScoped<AgendaQuery>();
        services.AddScoped<AgendaTopicStore>();
        services.AddScoped<RaiseAgendaTopic>();
        services.AddScoped<DiscussAgendaTopic>();
        services.AddScoped<JointSessionQuery>();
        services.AddScoped<ReplyStore>();
        services.AddScoped<ReplyQuery>();
        services.AddScoped<WriteReply>();
        return services;
    }
}
