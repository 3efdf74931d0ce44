using Fourfold.Data;

namespace Fourfold.Web.Infrastructure.Database;

public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString);
