using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Practices;

namespace Fourfold.Data.Tenancy;

/// <summary>
/// Who the database is working for in this scope. The tenant filters show only the cases this actor belongs to (or
/// administers), and the save guard refuses writes to any other case or practice. Anonymous until a request's sign-in
/// is known; <see cref="System"/> only for startup work (migrations, demo data) and commands run by an operator.
/// </summary>
public sealed class DataActor
{
    private readonly HashSet<CaseId> writableCaseIds = [];

    public PersonId? Person { get; private set; }

    public PersonKind? Kind { get; private set; }

    public PracticeId? Practice { get; private set; }

    public bool IsSystem { get; private set; }

    /// <summary>Cases whose rows this actor can see: active memberships, plus every case of an administered practice.</summary>
    public List<CaseId> VisibleCaseIds { get; private set; } = [];

    public static DataActor System() => new() { IsSystem = true };

    public void BecomeSystem() => IsSystem = true;

    public void SignIn(PersonId person, PersonKind kind, PracticeId? practice, IEnumerable<CaseId> visibleCaseIds)
    {
        Person = person;
        Kind = kind;
        Practice = practice;
        VisibleCaseIds = visibleCaseIds.Distinct().ToList();
    }

    /// <summary>Lets this scope write to one case it is not yet a member of: accepting a verified invitation to it.</summary>
    public void AllowJoining(CaseId caseId) => writableCaseIds.Add(caseId);

    public bool MayWriteCase(CaseId caseId) => IsSystem || VisibleCaseIds.Contains(caseId) || writableCaseIds.Contains(caseId);
}
