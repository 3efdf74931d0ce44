using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using Fourfold.Data;
using Fourfold.Web.Features.Records;
using Microsoft.AspNetCore.Components;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Fourfold.Web.Tests.Architecture;

/// <summary>
/// The one door to a case, held as structure rather than convention: only the door builds a reader's view of a case
/// or steps past the tenant filter, and pages ask the door and the feature's queries rather than the database. Each type
/// allowed past a rule is named with its reason; anything new that breaks a rule fails here.
/// </summary>
public sealed class CaseDoorArchitectureTests
{
    private const string Door = "Fourfold.Web.Features.CaseDoor";

    /// <summary>Types that step past the tenant filter for a reason of their own, each named with it.</summary>
    private static readonly string[] PastTheFilterByDesign =
    [
        "Fourfold.Web.Infrastructure.Encryption.EncryptionCommands", // the operator's re-encryption of every row, no reader
    ];

    /// <summary>Types that reach the clinical sets for a reason of their own, each named with it.</summary>
    private static readonly string[] OnTheClinicalSetsByDesign =
    [
        "Fourfold.Web.Features.Records.ItemStore", // the door's storage of items: reads the text only of what was decided
        "Fourfold.Web.Features.Records.WriteItem", // adds an item once the door has made the writer its author
        "Fourfold.Web.Features.Records.EditItem", // loads the item to change, tracked, once the door has allowed the edit
        "Fourfold.Web.Features.Authorizations.SharingQuery", // loads, tracked, the one authorization its signer changes
        "Fourfold.Web.Features.Authorizations.SignAuthorization", // adds what a partner signs, once the door has shown them the case
        "Fourfold.Web.Features.Authorizations.ExpiryReminderJob", // a content-free reminder to the signer, no reader
        "Fourfold.Web.Features.Agreements.AgreementStore", // the door's storage of agreements: how each stands, read only for those whose words were decided
        "Fourfold.Web.Features.Agreements.AgreementReviewJob", // a content-free reminder to both partners, no reader
        "Fourfold.Web.Features.Agreements.DisclosureStore", // the door's storage of the disclosure log: read only for entries whose words were decided
        "Fourfold.Web.Features.Accountability.CheckInStore", // the door's storage of check-ins: read only for those whose words were decided
        "Fourfold.Web.Features.Accountability.AgendaTopicStore", // the door's storage of the joint session's agenda: read only for topics whose words were decided
        "Fourfold.Web.Features.Accountability.ReplyStore", // the door's storage of replies: read only for replies whose words were decided
        "Fourfold.Web.Features.Accountability.HomeworkStore", // the door's storage of homework and its notes: read only for those whose words were decided, or without their words
        "Fourfold.Web.Features.FullDisclosure.FullDisclosureStore", // the door's storage of the full disclosure: its questions and drafts read only for items whose words were decided, or without their words
        "Fourfold.Web.Features.PartnerMeetings.MeetingRequestStore", // the door's storage of requests to meet: rows without text, and a preparation tracked to widen who reads it
        "Fourfold.Web.Features.Demo.DemoSeeder", // writes the demo data before anyone signs in
        "Fourfold.Web.Infrastructure.Encryption.EncryptionCommands", // the operator's re-encryption, no reader
    ];

    private static readonly string[] ClinicalSets = ["ClinicalItems", "PsychotherapyNotes", "Authorizations", "Agreements", "Disclosures", "CheckIns", "Homework", "HomeworkLogs", "AgendaTopics", "Replies", "FullDisclosures", "DisclosureQuestions", "WrittenDisclosures", "MeetingRequests"];

    private static readonly string[] ClinicalTypes = ["ClinicalItem", "PsychotherapyNote", "WrittenItem", "Authorization", "Agreement", "Disclosure", "CheckIn", "Homework", "HomeworkLog", "AgendaTopic", "Reply", "DisclosureProcess", "DisclosureQuestion", "WrittenDisclosure", "MeetingRequest"];

    private static readonly System.Reflection.Assembly WebAssembly = typeof(Program).Assembly;

    private static readonly ArchUnitNET.Domain.Architecture Product =
        new ArchLoader().LoadAssemblies(WebAssembly, typeof(FourfoldDbContext).Assembly, typeof(Domain.Access.AccessDecision).Assembly).Build();

    [Fact]
    public void OnlyTheDoor_BuildsAReadersViewOfACase() =>
        Types().That().ResideInAssembly(WebAssembly).And().DoNotResideInNamespace(Door)
            .And().DoNotHaveFullNameStartingWith(typeof(CaseReadContext).FullName!)
            .Should().NotCallAny(MethodMembers().That().AreConstructors().And().AreDeclaredIn(typeof(CaseReadContext)))
            .Because("the door decides who stands on a case, once, by one rule")
            .Check(Product);

    /// <summary>
    /// Read from the compiled code itself (ArchUnitNET's model holds calls into the product's own assemblies only, and
    /// the filter is switched off by a call into EF Core).
    /// </summary>
    [Fact]
    public void OnlyTheDataLayerAndTheDoor_StepPastTheTenantFilter()
    {
        using var module = Mono.Cecil.ModuleDefinition.ReadModule(WebAssembly.Location);
        var allowed = new System.Text.RegularExpressions.Regex(Listed(PastTheFilterByDesign.Append(Door + ".CaseAccess")));
        var offenders = module.GetTypes()
            .SelectMany(type => type.Methods.Where(method => method.HasBody).Select(method => (Type: type, Method: method)))
            .Where(found => found.Method.Body.Instructions.Any(instruction =>
                instruction.Operand is Mono.Cecil.MethodReference { Name: "IgnoreQueryFilters" }))
            .Select(found => found.Type.FullName)
            .Where(type => !allowed.IsMatch(type))
            .Distinct()
            .ToList();

        Assert.True(offenders.Count == 0, "Every read of a case's rows goes through the tenant filter or the door; these step past it: " + string.Join(", ", offenders));
    }

    [Fact]
    public void OnlyTheDoorAndWhatIsListed_TouchTheClinicalSets()
    {
        using var module = Mono.Cecil.ModuleDefinition.ReadModule(WebAssembly.Location);
        var allowed = new System.Text.RegularExpressions.Regex(Listed(OnTheClinicalSetsByDesign));
        var offenders = module.GetTypes()
            .Where(type => !type.FullName.StartsWith(Door + ".", StringComparison.Ordinal) && !allowed.IsMatch(type.FullName))
            .Where(type => type.Methods.Where(method => method.HasBody).Any(method => method.Body.Instructions.Any(instruction => TouchesAClinicalSet(instruction.Operand))))
            .Select(type => type.FullName)
            .ToList();

        Assert.True(offenders.Count == 0, "Items, notes and authorizations are read through the door; these reach them directly: " + string.Join(", ", offenders));
    }

    [Fact]
    public void NoNewPage_ReadsTheDatabaseItself() =>
        Types().That().ResideInAssembly(WebAssembly).And().AreAssignableTo(typeof(ComponentBase))
            .Should().NotDependOnAny(typeof(FourfoldDbContext))
            .Because("a page asks the door or its feature's queries, which decide and audit")
            .Check(Product);

    private static bool TouchesAClinicalSet(object? operand) => operand switch
    {
        Mono.Cecil.GenericInstanceMethod { Name: "Set" } set => set.GenericArguments.Any(type => ClinicalTypes.Contains(type.Name)),
        Mono.Cecil.MethodReference { DeclaringType.Name: nameof(FourfoldDbContext) } getter => ClinicalSets.Any(name => getter.Name == "get_" + name),
        _ => false,
    };

    /// <summary>The listed types and the types the compiler nests in them (lambdas, async methods).</summary>
    private static string Listed(IEnumerable<string> types) =>
        "^(" + string.Join('|', types.Select(System.Text.RegularExpressions.Regex.Escape)) + ")([+/<].*)?$";
}
