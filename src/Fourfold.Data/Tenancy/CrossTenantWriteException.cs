namespace Fourfold.Data.Tenancy;

/// <summary>A save tried to write to a case or practice the actor does not belong to; nothing was written.</summary>
public sealed class CrossTenantWriteException(string message) : InvalidOperationException(message);
