using Fourfold.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddFourfold();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseFourfold();
app.MapFourfold();
app.AnnounceOnStart();
await app.RunAsync();

/// <summary>The web host; visible to the tests' application factory.</summary>
public partial class Program;
