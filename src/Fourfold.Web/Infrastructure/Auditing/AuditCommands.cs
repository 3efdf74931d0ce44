using Fourfold.Data.Tenancy;

namespace Fourfold.Web.Infrastructure.Auditing;

/// <summary>Operator commands: <c>audit verify</c> checks the whole chain and exits non-zero when it is broken.</summary>
internal static class AuditCommands
{
    public static bool IsCommand(string[] args) => args is ["audit", ..];

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args is not ["audit", "verify", ..])
        {
            await Console.Error.WriteLineAsync("Usage: audit verify");
            return 2;
        }

        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<DataActor>().BecomeSystem();
        var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
        if (result.IsIntact)
        {
            Console.WriteLine($"Audit chain intact: {result.Checked} events checked.");
            return 0;
        }

        Console.WriteLine($"Audit chain broken at event {result.FirstBadSequence}: {result.Problem}. {result.Checked} events before it are intact.");
        return 1;
    }
}
