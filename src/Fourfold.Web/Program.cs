using Fourfold.Web.Infrastructure;
using Fourfold.Web.Infrastructure.Auditing;
using Fourfold.Web.Infrastructure.Backup;
using Fourfold.Web.Infrastructure.Encryption;

var isCommand = AuditCommands.IsCommand(args) || EncryptionCommands.IsCommand(args) || BackupCommands.IsCommand(args);
var builder = WebApplication.CreateBuilder(isCommand ? [] : args);
builder.AddFourfold();

var app = builder.Build();
if (isCommand)
{
    return EncryptionCommands.IsCommand(args) ? await EncryptionCommands.RunAsync(app.Services, args)
        : BackupCommands.IsCommand(args) ? await BackupCommands.RunAsync(app.Services, app.Configuration, args)
        : await AuditCommands.RunAsync(app.Services, args);
}

await app.PrepareDatabaseAsync();
app.UseFourfold();
app.MapFourfold();
app.AnnounceOnStart();
await app.RunAsync();
return 0;

/// <summary>The web host; visible to the tests' application factory.</summary>
public partial class Program;
