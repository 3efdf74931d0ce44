namespace Fourfold.Domain.Audit;

public enum AuditOutcome
{
    Succeeded = 1,
    Denied = 2,
    Failed = 3,
}
