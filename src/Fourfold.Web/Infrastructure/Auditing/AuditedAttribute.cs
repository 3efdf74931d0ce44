namespace Fourfold.Web.Infrastructure.Auditing;

/// <summary>What a page or endpoint writes to the audit trail, declared where it is defined.</summary>
public enum AuditedAs
{
    /// <summary>Sign-in steps: each attempt, success or failure, is an audit event.</summary>
    SignIn = 1,

    /// <summary>Shows no clinical item, so it reads nothing that must be audited.</summary>
    NoClinicalReads = 2,

    /// <summary>Its changes are saved together with their audit events.</summary>
    AuditedChanges = 3,

    /// <summary>Every clinical item it shows goes through the access decision and writes a read event.</summary>
    ClinicalReads = 4,
}

/// <summary>
/// Declares a page's or endpoint's audit behaviour. Beside its access requirement, every page and endpoint must carry
/// one; a test refuses any that does not.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class AuditedAttribute(AuditedAs kind) : Attribute
{
    public AuditedAs Kind { get; } = kind;
}
