using Fourfold.Domain.Agreements;
using Fourfold.Domain.Records;

namespace Fourfold.Web.Features.Agreements;

/// <summary>What proposing or answering came to: saved (with the version and status now), refused field by field, stale, or not found.</summary>
public sealed record AgreementChange(OutcomeKind Kind, ItemId? Id = null, int Version = 0, AgreementStatus? Status = null, IReadOnlyDictionary<string, string>? Problems = null, AgreementKind? Of = null)
{
    /// <summary>The field a stale answer is reported on: the proposal changed since it was read.</summary>
    public const string StaleField = nameof(Agreement.Version);

    public static AgreementChange NotFound { get; } = new(OutcomeKind.NotFound);

    public bool IsStale => Problems?.ContainsKey(StaleField) == true;

    public static AgreementChange Saved(Agreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return new(OutcomeKind.Done, agreement.Id, agreement.Version, agreement.Status);
    }

    public static AgreementChange Invalid(IReadOnlyDictionary<string, string> problems) => new(OutcomeKind.Refused, Problems: problems);

    public static AgreementChange Refused(string field, string message) => Invalid(new Dictionary<string, string> { [field] = message });
}
