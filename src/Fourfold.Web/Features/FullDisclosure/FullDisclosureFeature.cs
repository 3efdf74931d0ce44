namespace Fourfold.Web.Features.FullDisclosure;

/// <summary>The case's full therapeutic disclosure: planned, asked, written, reviewed, given, and followed through.</summary>
internal static class FullDisclosureFeature
{
    public static IServiceCollection AddFullDisclosure(this IServiceCollection services)
    {
        services.AddScoped<FullDisclosureStore>();
        services.AddScoped<FullDisclosureQuery>();
        services.AddScoped<DisclosureDoor>();
        services.AddScoped<StartDisclosure>();
        services.AddScoped<MoveDisclosure>();
        services.AddScoped<WriteDisclosureQuestion>();
        services.AddScoped<WriteDisclosureDraft>();
        services.AddScoped<WriteAroundTheDisclosure>();
        return services;
    }
}
