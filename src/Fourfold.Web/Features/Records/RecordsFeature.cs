namespace Fourfold.Web.Features.Records;

/// <summary>The story's records: writing, editing, the timeline and a single item, each read decided and audited.</summary>
internal static class RecordsFeature
{
    public static IServiceCollection AddRecords(this IServiceCollection services)
    {
        services.AddScoped<ItemStore>();
        services.AddScoped<ReaderNotices>();
        services.AddScoped<DecidedItems>();
        services.AddScoped<ItemReadAudit>();
        services.AddScoped<TimelineQuery>();
        services.AddScoped<ItemQuery>();
        services.AddScoped<WriteItem>();
        services.AddScoped<EditItem>();
        services.AddSingleton<MarkdownText>();
        return services;
    }
}
