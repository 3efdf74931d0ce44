using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using Fourfold.Data;
using Fourfold.Web.Features.Records;
using Microsoft.AspNetCore.Components;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Fourfold.Web.Tests.Architecture;

/// <summary>
/// The one door to a case, held as structure rather than convention: only the door builds a reader's view of a case
/// or steps past the tenant filter, and pages ask the door and the feature's queries rather than the database. What is
/// listed as not yet moved may only shrink; anything new that breaks a rule fails here.
/// </summary>
public sealed class CaseDoorArchitectureTests
{
    private const string Door = "Fourfold.Web.Features.CaseDoor";

    /// <summary>Types that still step past the tenant filter themselves; each is to move behind the door.</summary>
    private static readonly string[] StillPastTheFilter =
    [
        "Fourfold.Web.Features.Cases.CaseQueries",
        "Fourfold.Web.Features.Invitations.AcceptInvitation",
        "Fourfold.Web.Features.Sessions.TeamCalendar",
        "Fourfold.Web.Infrastructure.Encryption.EncryptionCommands",
        "Fourfold.Web.Infrastructure.Security.ActorMiddleware",
    ];

    /// <summary>Pages that still read the database themselves; each is to ask the door or its feature's queries instead.</summary>
    private static readonly string[] PagesStillOnTheDatabase =
    [
        "Fourfold.Web.Features.Profile.ProfessionalPage",
        "Fourfold.Web.Features.Authorizations.AuthorizationsPage",
        "Fourfold.Web.Features.Records.ItemPage",
        "Fourfold.Web.Features.Sessions.CaseSessionsPage",
        "Fourfold.Web.Features.Sessions.MySessionsPage",
        "Fourfold.Web.Features.PracticeAdministration.PracticePage",
    ];

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
        var allowed = new System.Text.RegularExpressions.Regex(Listed(StillPastTheFilter.Append(Door + ".CaseAccess")));
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
    public void NoNewPage_ReadsTheDatabaseItself() =>
        Types().That().ResideInAssembly(WebAssembly).And().AreAssignableTo(typeof(ComponentBase))
            .And().DoNotHaveFullNameMatching(Listed(PagesStillOnTheDatabase))
            .Should().NotDependOnAny(typeof(FourfoldDbContext))
            .Because("a page asks the door or its feature's queries, which decide and audit")
            .Check(Product);

    /// <summary>The listed types and the types the compiler nests in them (lambdas, async methods).</summary>
    private static string Listed(IEnumerable<string> types) =>
        "^(" + string.Join('|', types.Select(System.Text.RegularExpressions.Regex.Escape)) + ")([+/<].*)?$";
}
