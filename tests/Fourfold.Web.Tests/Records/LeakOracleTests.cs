using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fourfold.Domain.Access;
using Fourfold.Domain.Audit;
using Fourfold.Domain.Cases;
using Fourfold.Domain.People;
using Fourfold.Domain.Records;
using Fourfold.Domain.Tests.Access;
using Fourfold.Web.Features.Demo;
using Fourfold.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Fourfold.Web.Tests.Records;

/// <summary>
/// Every persona asks for every item id and walks every timeline: what comes back is exactly what the access decision
/// allows, every other id answers 404, and the audit trail holds one event per read and per refusal. Runs over the
/// demo stories, and over generated cases (random teams drawn from the demo people, random policies, acknowledgements
/// and authorizations, some expired or revoked) with items generated at random into every case.
/// </summary>
public abstract class LeakOracleTests(FourfoldAppFactory app)
{
    [Fact]
    public async Task EveryPersonaGetsExactlyWhatTheDecisionAllows_ByIdAndByTimeline_AndEachReadIsAudited()
    {
        await GenerateCasesAsync(seed: 20261126, count: 4);
        await GenerateItemsAsync(seed: 20261125, perCase: 10);
        await GenerateAgreementsAsync(seed: 20261202, perCase: 4);
        await GenerateAccountabilityAsync(seed: 20261203, perCase: 3);
        await GenerateDisclosuresAsync(seed: 20261208);
        var world = await WorldAsync();
        var (checkIns, homework, notes, topics) = await AccountabilityAsync();
        Assert.True(checkIns.Count >= 10 && homework.Count >= 6 && notes.Count >= 4 && topics.Count >= 4);
        Assert.True(world.Items.Count(i => i.Category == Category.AgreementsAndCheckIns) > checkIns.Count + homework.Count + notes.Count + topics.Count + 2);
        var agreements = await AgreementIdsAsync();
        Assert.True(agreements.Count >= 20);
        var (processes, disclosureMaterial) = await FullDisclosuresAsync();
        var meetings = await MeetingRequestsAsync();
        Assert.NotEmpty(meetings);
        Assert.True(processes.Count >= 4 && disclosureMaterial.Count >= 20, $"{processes.Count} disclosures, {disclosureMaterial.Count} of their items");
        var disclosures = await DisclosureIdsAsync();
        Assert.True(disclosures.Count >= 2);
        Assert.True(world.Items.Count >= 70);
        Assert.True(world.States.Count >= 7);

        foreach (var account in DemoAccounts.All)
        {
            var client = await app.SignedInAsync(account);
            var now = app.Clock.GetCurrentInstant();
            var person = world.People[account.Email];
            var reader = new Reader(person, account.Kind == PersonKind.PracticeAdministrator ? world.PracticeOf[account.Email] : null);
            var (readsBefore, deniedBefore) = await AuditCountsAsync(person);

            var expectedReads = 0;
            var expectedDenied = 0;
            foreach (var item in world.Items)
            {
                var allowed = world.States[item.CaseId] is var state
                    && ReferenceDecision.Decide(reader, item, state, now).Allowed
                    && (state.RolesOf(person).Count > 0 || reader.AdministersPractice == state.PracticeId);
                var response = await client.GetAsync($"/api/items/{item.ItemId}");
                Assert.True(allowed ? response.StatusCode == HttpStatusCode.OK : response.StatusCode == HttpStatusCode.NotFound,
                    $"{account.Email} asked for {item.ItemId} ({item.Category} about {item.Subject}): {response.StatusCode}, expected {(allowed ? "200" : "404")}");
                if (allowed)
                {
                    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                    Assert.Equal(item.Holder.Value, body.GetProperty("item").GetProperty("holder").GetGuid());
                    expectedReads++;
                }
                else
                {
                    Assert.Equal("""{"status":404,"title":"Not found"}""", await response.Content.ReadAsStringAsync());
                    expectedDenied++;
                }

                if (agreements.Contains(item.ItemId))
                {
                    var agreement = await client.GetAsync($"/api/agreements/{item.ItemId}");
                    Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.NotFound, agreement.StatusCode);
                    expectedReads += allowed ? 1 : 0;
                    expectedDenied += allowed ? 0 : 1;
                }
            }

            foreach (var (caseId, state) in world.States)
            {
                var reaches = state.RolesOf(person).Count > 0 || reader.AdministersPractice == state.PracticeId;
                var expected = world.Items.Where(i => i.CaseId == caseId && ReferenceDecision.Decide(reader, i, state, now).Allowed)
                    .Select(i => i.ItemId).OrderDescending().ToList();
                var (status, walked) = await WalkTimelineAsync(client, caseId.Value);
                Assert.Equal(reaches ? HttpStatusCode.OK : HttpStatusCode.NotFound, status);
                Assert.Equal(reaches ? expected : [], walked);
                expectedReads += walked.Count;
                expectedDenied += reaches ? 0 : 1;

                var replied = new List<Guid>();
                var logged = await ListedIdsAsync(client, $"/api/cases/{caseId.Value}/disclosures", reaches, page => page.EnumerateArray(), replied);
                Assert.Equal(expected.Where(disclosures.Contains).Order(), logged.Order());
                expectedReads += logged.Count;
                expectedDenied += reaches ? 0 : 1;

                var checkedIn = await ListedIdsAsync(client, $"/api/cases/{caseId.Value}/check-ins", reaches, page => page.EnumerateArray(), replied);
                Assert.Equal(expected.Where(checkIns.Contains).Order(), checkedIn.Order());
                // Each reply shown is one the decision allows, under a record shown; each is a read.
                Assert.Equal(replied.Count, replied.Intersect(expected).Count());
                expectedReads += replied.Count;
                var set = await ListedIdsAsync(client, $"/api/cases/{caseId.Value}/homework", reaches, page => page.GetProperty("homework").EnumerateArray()
                    .SelectMany(h => h.GetProperty("logs").EnumerateArray().Prepend(h)).Concat(page.GetProperty("notesWithoutTheirHomework").EnumerateArray()));
                Assert.Equal(expected.Where(id => homework.Contains(id) || notes.ContainsKey(id)).Order(), set.Order());
                expectedReads += checkedIn.Count + set.Count;
                expectedDenied += reaches ? 0 : 2;

                var disclosure = await client.GetAsync($"/api/cases/{caseId.Value}/disclosure");
                var process = processes.GetValueOrDefault(caseId);
                var readsProcess = state.RolesOf(person).Count > 0 && process is not null
                    && ReferenceDecision.Decide(reader, Domain.FullDisclosure.DisclosureAccess.FactsFor(process), state, now).Allowed;
                Assert.True((readsProcess ? HttpStatusCode.OK : HttpStatusCode.NotFound) == disclosure.StatusCode, $"{account.Email}, disclosure of {caseId}: {disclosure.StatusCode}");
                if (readsProcess)
                {
                    var body = await disclosure.Content.ReadFromJsonAsync<JsonElement>();
                    var material = body.GetProperty("questions").EnumerateArray().Concat(body.GetProperty("drafts").EnumerateArray()).Concat(body.GetProperty("writings").EnumerateArray())
                        .Select(e => e.GetProperty("id").GetGuid()).ToList();
                    Assert.Equal(expected.Where(disclosureMaterial.Contains).Order(), material.Order());
                    expectedReads += 1 + material.Count + body.GetProperty("sessions").GetArrayLength();
                }

                // Not reaching the case is refused at the door; a case with no disclosure the reader may read answers 404, recorded as such.
                expectedDenied += readsProcess ? 0 : 1;

                var meetingsResponse = await client.GetAsync($"/api/cases/{caseId.Value}/meeting-requests");
                var member = state.RolesOf(person).Count > 0;
                Assert.Equal(member ? HttpStatusCode.OK : HttpStatusCode.NotFound, meetingsResponse.StatusCode);
                if (member)
                {
                    var body = await meetingsResponse.Content.ReadFromJsonAsync<JsonElement>();
                    var requests = body.GetProperty("requests").EnumerateArray().ToList();
                    var expectedRequests = meetings.Where(m => m.CaseId == caseId && ReferenceDecision.Decide(reader, m.Facts, state, now).Allowed).Select(m => m.Id).Order().ToList();
                    Assert.Equal(expectedRequests, requests.Select(r => r.GetProperty("id").GetGuid()).Order());
                    var shownWords = requests.SelectMany(r => r.GetProperty("answers").EnumerateArray().Append(r.GetProperty("preparation")))
                        .Where(w => w.ValueKind != JsonValueKind.Null).Select(w => w.GetProperty("id").GetGuid()).ToList();
                    var meetingWords = meetings.Where(m => expectedRequests.Contains(m.Id)).SelectMany(m => m.Answers.Append(m.Preparation.Value)).ToHashSet();
                    Assert.Equal(expected.Where(meetingWords.Contains).Order(), shownWords.Order());
                    expectedReads += requests.Count + shownWords.Count;
                }

                // Refused at the door, or an administrator answered 404 and recorded as such.
                expectedDenied += member ? 0 : 1;

                var listed = await client.GetAsync($"/api/cases/{caseId.Value}/agreements");
                Assert.Equal(reaches ? HttpStatusCode.OK : HttpStatusCode.NotFound, listed.StatusCode);
                var shown = reaches ? AgreementIds(await listed.Content.ReadFromJsonAsync<JsonElement>()) : [];
                Assert.Equal(expected.Where(agreements.Contains).Order(), shown.Order());
                expectedReads += shown.Count;
                expectedDenied += reaches ? 0 : 1;
            }

            var (readsAfter, deniedAfter) = await AuditCountsAsync(person);
            Assert.True(expectedReads == readsAfter - readsBefore, $"{account.Email}: {expectedReads} reads expected, {readsAfter - readsBefore} audited");
            Assert.True(expectedDenied == deniedAfter - deniedBefore, $"{account.Email}: {expectedDenied} denials expected, {deniedAfter - deniedBefore} audited");

            // The agendas also read sessions, so they are checked by what they show, after the count of reads.
            var agenda = await client.GetFromJsonAsync<JsonElement>("/api/me/agenda");
            var onAgenda = world.Items.Where(i => notes.TryGetValue(i.ItemId, out var note) && note.Flagged
                    && world.States[i.CaseId].RolesOf(person).Contains(note.Partner.SupportRole()) && ReferenceDecision.Decide(reader, i, world.States[i.CaseId], now).Allowed)
                .Select(i => i.ItemId).Order().ToList();
            Assert.Equal(onAgenda, agenda.GetProperty("individualSessions").EnumerateArray().Select(e => e.GetProperty("noteId").GetGuid()).Order());
            var held = world.States.Where(s => s.Value.RolesOf(person).Contains(CaseRole.CouplesTherapist)).Select(s => s.Key).ToHashSet();
            Assert.Equal(world.Items.Where(i => held.Contains(i.CaseId) && topics.Contains(i.ItemId) && ReferenceDecision.Decide(reader, i, world.States[i.CaseId], now).Allowed).Select(i => i.ItemId).Order(),
                agenda.GetProperty("jointSessions").EnumerateArray().SelectMany(j => j.GetProperty("topics").EnumerateArray()).Select(t => t.GetProperty("id").GetGuid()).Order());
            foreach (var (caseId, state) in world.States)
            {
                var reaches = state.RolesOf(person).Count > 0 || reader.AdministersPractice == state.PracticeId;
                var joint = await ListedIdsAsync(client, $"/api/cases/{caseId.Value}/joint-session", reaches, page => page.GetProperty("topics").EnumerateArray());
                Assert.Equal(world.Items.Where(i => i.CaseId == caseId && topics.Contains(i.ItemId) && ReferenceDecision.Decide(reader, i, state, now).Allowed).Select(i => i.ItemId).Order(), joint.Order());
            }
        }
    }

    [Fact]
    public async Task EveryPersonaSeesExactlyTheSessionsTheDecisionAllows_InEveryCase()
    {
        await GenerateSessionsAsync(seed: 20261127, perCase: 6);
        var world = await WorldAsync();
        using var scope = app.Services.CreateScope();
        var sessions = await FourfoldAppFactory.SystemDb(scope).Sessions.AsNoTracking().ToListAsync();
        Assert.True(sessions.Count >= 10);

        foreach (var account in DemoAccounts.All)
        {
            var client = await app.SignedInAsync(account);
            var now = app.Clock.GetCurrentInstant();
            var person = world.People[account.Email];
            var reader = new Reader(person, account.Kind == PersonKind.PracticeAdministrator ? world.PracticeOf[account.Email] : null);
            foreach (var (caseId, state) in world.States)
            {
                var reaches = state.RolesOf(person).Count > 0 || reader.AdministersPractice == state.PracticeId;
                var expected = sessions.Where(s => s.CaseId == caseId && ReferenceDecision.Decide(reader, Domain.Scheduling.SessionAccess.FactsFor(s, person), state, now).Allowed)
                    .Select(s => s.Id.Value).Order().ToList();
                var seen = new List<Guid>();
                foreach (var past in new[] { false, true })
                {
                    var response = await client.GetAsync($"/api/cases/{caseId.Value}/sessions?past={past}");
                    Assert.True((reaches ? HttpStatusCode.OK : HttpStatusCode.NotFound) == response.StatusCode,
                        $"{account.Email} asking for case {caseId.Value}'s {(past ? "past" : "coming")} sessions got {response.StatusCode}.");
                    if (reaches)
                    {
                        seen.AddRange((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(s => s.GetProperty("id").GetGuid()));
                    }
                }

                var wanted = reaches ? expected : [];
                Assert.True(wanted.SequenceEqual(seen.Order()),
                    $"{account.Email} in case {caseId.Value} at {now}: expected [{string.Join(", ", wanted)}], saw [{string.Join(", ", seen.Order())}].");
            }
        }
    }

    /// <summary>Random sessions of random kinds in every case, booked through the domain's booking check by a random professional.</summary>
    private async Task GenerateSessionsAsync(int seed, int perCase)
    {
        var random = new Random(seed);
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var now = app.Clock.GetCurrentInstant();
        // In a fixed order, and until each case has its sessions (most random requests are not valid bookings), so that
        // the seed decides the world whatever order the database returns rows in.
        foreach (var found in (await db.Cases.ToListAsync()).OrderBy(c => c.Label, StringComparer.Ordinal))
        {
            var roles = found.ActiveRoles();
            var professionals = roles.Where(r => r.Value.Any(role => role.IsProfessional())).Select(r => r.Key).OrderBy(p => roles[p].Min()).ToList();
            if (professionals.Count == 0)
            {
                continue;
            }

            for (int made = 0, attempt = 0; made < perCase && attempt < 50 * perCase; attempt++)
            {
                var booker = professionals[random.Next(professionals.Count)];
                var bookedAt = now - Duration.FromDays(30);
                var context = new Domain.Scheduling.BookingContext(found.Id, booker, roles, found.BookingFacts(), new Dictionary<PersonId, IReadOnlyList<Interval>>(),
                    new Dictionary<PersonId, string>(), Duration.Zero, bookedAt);
                var start = bookedAt + Duration.FromHours(random.Next(1, 60 * 24));
                var check = Domain.Scheduling.SessionBooking.Check(context, new Domain.Scheduling.SessionRequest(
                    Enum.GetValues<Domain.Scheduling.SessionKind>()[random.Next(7)], Enum.GetValues<PartnerRole>()[random.Next(2)], start, 60, random.Next(2) == 0));
                if (check.IsValid)
                {
                    db.Sessions.Add(Domain.Scheduling.Session.Book(check, booker, bookedAt));
                    made++;
                }
            }
        }

        await db.SaveChangesAsync();
    }

    private static async Task<List<Guid>> ListedIdsAsync(HttpClient client, string url, bool reaches, Func<JsonElement, IEnumerable<JsonElement>> entries, List<Guid>? replies = null)
    {
        var response = await client.GetAsync(url);
        Assert.True((reaches ? HttpStatusCode.OK : HttpStatusCode.NotFound) == response.StatusCode, $"{url}: {response.StatusCode}");
        if (!reaches)
        {
            return [];
        }

        var listed = entries(await response.Content.ReadFromJsonAsync<JsonElement>()).ToList();
        replies?.AddRange(listed.Where(e => e.TryGetProperty("replies", out _)).SelectMany(e => e.GetProperty("replies").EnumerateArray()).Select(r => r.GetProperty("id").GetGuid()));
        return [.. listed.Select(e => e.GetProperty("id").GetGuid())];
    }

    private async Task<(HashSet<Guid> CheckIns, HashSet<Guid> Homework, Dictionary<Guid, (PartnerRole Partner, bool Flagged)> Notes, HashSet<Guid> Topics)> AccountabilityAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        return ([.. (await db.CheckIns.Select(c => c.Id).ToListAsync()).Select(id => id.Value)], [.. (await db.Homework.Select(h => h.Id).ToListAsync()).Select(id => id.Value)],
            (await db.HomeworkLogs.ToListAsync()).ToDictionary(l => l.Id.Value, l => (l.PartnerRole, l.BringToIndividualSession && l.TalkedThroughAt == null)),
            [.. (await db.AgendaTopics.Where(t => t.DiscussedAt == null).Select(t => t.Id).ToListAsync()).Select(id => id.Value)]);
    }

    /// <summary>
    /// Random check-ins in every case with partners, each for random people of the team; random homework set by a random
    /// professional for random partners and roles; and random notes of how it went, some flagged for an individual session.
    /// </summary>
    private async Task GenerateAccountabilityAsync(int seed, int perCase)
    {
        var random = new Random(seed);
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var now = app.Clock.GetCurrentInstant();
        foreach (var found in (await db.Cases.ToListAsync()).OrderBy(c => c.Label, StringComparer.Ordinal))
        {
            var roles = found.ActiveRoles();
            var team = roles.Keys.OrderBy(p => roles[p].Min()).ToList();
            var partners = team.Where(p => roles[p].Any(role => role.IsPartner())).ToList();
            var professionals = team.Where(p => roles[p].Any(role => role.IsProfessional())).ToList();
            var at = now - Duration.FromDays(3);
            AuthoringContext As(PersonId person) => new(found.Id, person, roles, null, found.CouplesPolicy, at.InUtc().Date);
            List<T> Some<T>(IEnumerable<T> choices) => [.. choices.Where(_ => random.Next(2) == 0)];
            foreach (var partner in partners)
            {
                for (var n = 0; n < perCase; n++)
                {
                    var safety = roles[partner].Contains(CaseRole.BetrayedPartner) && random.Next(2) == 0;
                    var readers = Some(team.Where(p => p != partner));
                    var draft = safety
                        ? new Domain.Accountability.CheckInDraft(Domain.Accountability.CheckInKind.Safety, Safety: random.Next(11), AudiencePeople: readers)
                        : new Domain.Accountability.CheckInDraft(Domain.Accountability.CheckInKind.Couple, Feelings: $"Generated feelings {n}", Audience: Some(roles.Where(r => r.Key != partner).SelectMany(r => r.Value).Distinct().Order()), AudiencePeople: readers);
                    var (checkIn, words) = Domain.Accountability.CheckIn.Record(As(partner), draft, at);
                    db.ClinicalItems.Add(words);
                    db.CheckIns.Add(checkIn);
                    if (partners.FirstOrDefault(p => p != partner && readers.Contains(p)) is { } other && other != default)
                    {
                        var answer = new Domain.Accountability.ReplyDraft($"Generated reply {n}", AudiencePeople: Some(team.Where(p => p != other && p != partner)));
                        var (reply, replyWords) = Domain.Accountability.Reply.Write(As(other), answer, checkIn.Id, ItemKind.CheckIn, partner, at);
                        db.ClinicalItems.Add(replyWords);
                        db.Replies.Add(reply);
                    }
                    if (roles.Values.Any(r => r.Contains(CaseRole.CouplesTherapist)))
                    {
                        var topic = new Domain.Accountability.AgendaTopicDraft((Domain.Accountability.AgendaTopicKind)(1 + random.Next(2)), $"Generated topic {n}", random.Next(2) == 0);
                        var (raised, said) = Domain.Accountability.AgendaTopic.Raise(As(partner), topic, at);
                        db.ClinicalItems.Add(said);
                        db.AgendaTopics.Add(raised);
                    }
                }
            }

            if (professionals.Count == 0 || partners.Count == 0)
            {
                continue;
            }

            for (var n = 0; n < perCase; n++)
            {
                var by = professionals[random.Next(professionals.Count)];
                var fors = Enum.GetValues<Domain.Accountability.HomeworkFor>()
                    .Where(f => Domain.Accountability.Homework.Check(As(by), new Domain.Accountability.HomeworkDraft("x", null, f, at.InUtc().Date)).Count == 0).ToList();
                if (fors.Count == 0)
                {
                    continue;
                }

                var forWhom = fors[random.Next(fors.Count)];
                var audience = Some(roles.Where(r => r.Key != by).SelectMany(r => r.Value).Where(r => r.IsProfessional()).Distinct().Order());
                var (homework, words) = Domain.Accountability.Homework.Set(As(by), new Domain.Accountability.HomeworkDraft($"Generated homework {n}", null, forWhom, at.InUtc().Date.PlusDays(7), audience), at);
                db.ClinicalItems.Add(words);
                db.Homework.Add(homework);
                foreach (var partner in partners.Where(p => homework.IsFor(roles[p].Select(r => r.AsPartnerRole()).OfType<PartnerRole>().First())))
                {
                    var own = roles[partner].Select(r => r.AsPartnerRole()).OfType<PartnerRole>().First().SupportRole();
                    var choices = roles.Where(r => r.Key != partner).SelectMany(r => r.Value).Distinct().Order().ToList();
                    var log = new Domain.Accountability.HomeworkLogDraft($"Generated note {n}", choices.Contains(own) && random.Next(2) == 0, Some(choices));
                    var (note, noted) = Domain.Accountability.HomeworkLog.Write(As(partner), log, homework, at);
                    db.ClinicalItems.Add(noted);
                    db.HomeworkLogs.Add(note);
                }
            }
        }

        await db.SaveChangesAsync();
    }

    private static List<Guid> AgreementIds(JsonElement page) =>
        [.. new[] { "boundaries", "relapseDefinitions", "disclosureCommitments" }.SelectMany(kind => page.GetProperty(kind).EnumerateArray().Select(a => a.GetProperty("id").GetGuid()))];

    private async Task<HashSet<Guid>> DisclosureIdsAsync()
    {
        using var scope = app.Services.CreateScope();
        return [.. (await FourfoldAppFactory.SystemDb(scope).Disclosures.Select(d => d.Id).ToListAsync()).Select(id => id.Value)];
    }

    private async Task<HashSet<Guid>> AgreementIdsAsync()
    {
        using var scope = app.Services.CreateScope();
        return [.. (await FourfoldAppFactory.SystemDb(scope).Agreements.Select(a => a.Id).ToListAsync()).Select(id => id.Value)];
    }

    /// <summary>
    /// Random agreements in every case with both partners: proposed by either partner for random team roles, then answered
    /// at random (agreed, to talk through, countered with another audience), through the domain's own workflow.
    /// </summary>
    private async Task GenerateAgreementsAsync(int seed, int perCase)
    {
        var random = new Random(seed);
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var now = app.Clock.GetCurrentInstant();
        foreach (var found in (await db.Cases.ToListAsync()).OrderBy(c => c.Label, StringComparer.Ordinal))
        {
            var roles = found.ActiveRoles();
            var partners = roles.Where(r => r.Value.Any(role => role.IsPartner())).Select(r => r.Key).OrderBy(p => roles[p].Min()).ToList();
            if (partners.Count < 2)
            {
                continue;
            }

            var professional = roles.Values.SelectMany(r => r).Where(role => role.IsProfessional()).Distinct().Order().ToList();
            Domain.Agreements.AgreementDraft Draft(Domain.Agreements.AgreementKind kind, int n) => new(kind, $"Generated agreement {n}", $"Generated why {n}", null,
                professional.Where(_ => random.Next(2) == 0).ToList(), Tier: 1 + random.Next(3),
                TellWhom: [Domain.Agreements.CommitmentRecipient.Partner], WithinHours: 24);
            for (var n = 0; n < perCase; n++)
            {
                var by = partners[random.Next(2)];
                var other = partners.Single(p => p != by);
                var kind = Enum.GetValues<Domain.Agreements.AgreementKind>()[random.Next(3)];
                var at = now - Duration.FromMinutes(random.Next(1, 10_000));
                AuthoringContext As(PersonId person) => new(found.Id, person, roles, null, found.CouplesPolicy, at.InUtc().Date);
                var (agreement, words) = Domain.Agreements.Agreement.Request(As(by), Draft(kind, n), at);
                switch (random.Next(4))
                {
                    case 1:
                        agreement.Answer(As(other), words, 1, Domain.Agreements.AgreementAnswer.Agree, null, at);
                        break;
                    case 2:
                        agreement.Answer(As(other), words, 1, Domain.Agreements.AgreementAnswer.Discuss, null, at);
                        break;
                    case 3:
                        // The other partner may keep or narrow who sees it, never widen it.
                        var kept = words.AudienceRoles.Where(role => role.IsProfessional() && random.Next(2) == 0).ToList();
                        agreement.Answer(As(other), words, 1, Domain.Agreements.AgreementAnswer.Counter, Draft(kind, n) with { Audience = kept }, at);
                        break;
                }

                db.ClinicalItems.Add(words);
                db.Agreements.Add(agreement);
                if (agreement is { Kind: Domain.Agreements.AgreementKind.DisclosureCommitment, AgreedVersion: not null })
                {
                    var involved = partners.Single(p => roles[p].Contains(CaseRole.InvolvedPartner));
                    var told = Enum.GetValues<Domain.Agreements.CommitmentRecipient>().Where(_ => random.Next(2) == 0).DefaultIfEmpty(Domain.Agreements.CommitmentRecipient.SupportPerson).ToList();
                    var happened = at.InUtc().Date.PlusDays(-random.Next(5));
                    var draft = new Domain.Agreements.DisclosureDraft($"Generated disclosure {n}", null, happened, at.InUtc().Date, told, agreement.Id);
                    var (disclosure, disclosed) = Domain.Agreements.Disclosure.Record(As(involved), draft, agreement, at);
                    db.ClinicalItems.Add(disclosed);
                    db.Disclosures.Add(disclosure);
                }
            }
        }

        await db.SaveChangesAsync();
    }

    private static async Task<(HttpStatusCode Status, List<Guid> Ids)> WalkTimelineAsync(HttpClient client, Guid caseId)
    {
        var ids = new List<Guid>();
        string? cursor = null;
        do
        {
            var response = await client.GetAsync($"/api/cases/{caseId}/timeline?limit=5" + (cursor is null ? "" : $"&before={cursor}"));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return (response.StatusCode, ids);
            }

            var page = await response.Content.ReadFromJsonAsync<JsonElement>();
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetGuid().ToString();
        }
        while (cursor is not null);

        return (HttpStatusCode.OK, ids);
    }

    /// <summary>
    /// A full disclosure in each generated case, taken through the domain's rules by the case's own people: questions
    /// from the betrayed partner (passed on or not), a safety plan for some readers, and, once drafting, drafts by the
    /// involved partner or their therapist, shared with the betrayed partner's support or not, some after the team
    /// recorded that the couple agreed the betrayed partner reads them.
    /// </summary>
    private async Task GenerateDisclosuresAsync(int seed)
    {
        var random = new Random(seed);
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var now = app.Clock.GetCurrentInstant();
        var started = await db.FullDisclosures.Select(d => d.CaseId).ToListAsync();
        foreach (var found in (await db.Cases.ToListAsync()).Where(c => c.Label.StartsWith("Generated", StringComparison.Ordinal) && !started.Contains(c.Id)).OrderBy(c => c.Label, StringComparer.Ordinal))
        {
            var roles = found.ActiveRoles();
            var betrayed = roles.Single(r => r.Value.Contains(CaseRole.BetrayedPartner)).Key;
            var involved = roles.Single(r => r.Value.Contains(CaseRole.InvolvedPartner)).Key;
            var opener = roles.First(r => r.Value.Any(role => role.IsProfessional())).Key;
            var writers = roles.Where(r => r.Value.Overlaps([CaseRole.InvolvedPartner, CaseRole.SupportOfInvolvedPartner])).Select(r => r.Key).ToList();
            var at = now - Duration.FromDays(2);
            AuthoringContext As(PersonId person) => new(found.Id, person, roles, null, found.CouplesPolicy, at.InUtc().Date);
            List<CaseRole> SomeRoles() => [.. Enum.GetValues<CaseRole>().Where(_ => random.Next(2) == 0)];

            var process = Domain.FullDisclosure.DisclosureProcess.Start(found.Id, opener, roles[opener], at);
            process.SetPlan(new Domain.FullDisclosure.DisclosurePlan("Generated room", true, Domain.FullDisclosure.SupportPersonPresence.NotPresent,
                Domain.FullDisclosure.PolygraphTiming.None, "", at.InUtc().Date.PlusDays(30)), roles[opener]);
            process.Advance(Domain.FullDisclosure.DisclosureStage.Questions, opener, roles[opener], at);
            db.FullDisclosures.Add(process);
            var questions = Enumerable.Range(0, 2).Select(n => Domain.FullDisclosure.DisclosureQuestion.Write(As(betrayed), process, $"Generated question {n}", at)).ToList();
            db.ClinicalItems.Add(Domain.FullDisclosure.DisclosureWriting.Write(As(betrayed), process, ItemKind.DisclosureSafetyPlan, "Generated safety plan", SomeRoles(), at));
            if (random.Next(4) > 0)
            {
                process.Advance(Domain.FullDisclosure.DisclosureStage.Drafting, opener, new HashSet<CaseRole> { CaseRole.SupportOfBetrayedPartner }, at);
                foreach (var (question, words) in questions)
                {
                    question.PassOn(words, opener, at);
                }

                var passedOn = questions.Select(q => q.Question.Id).ToHashSet();
                for (var n = 0; n < 3; n++)
                {
                    if (n == 1 && random.Next(2) == 0)
                    {
                        process.RecordDraftsAgreement(true, new HashSet<CaseRole> { CaseRole.SupportOfInvolvedPartner });
                    }

                    var writer = writers[random.Next(writers.Count)];
                    var (draft, draftWords) = Domain.FullDisclosure.WrittenDisclosure.Write(As(writer), process, $"Generated draft {n}",
                        [.. passedOn.Where(_ => random.Next(2) == 0)], passedOn, random.Next(2) == 0, at);
                    db.ClinicalItems.Add(draftWords);
                    db.WrittenDisclosures.Add(draft);
                }
            }

            foreach (var (question, words) in questions)
            {
                db.ClinicalItems.Add(words);
                db.DisclosureQuestions.Add(question);
            }
        }

        await db.SaveChangesAsync();
    }

    private async Task<List<Domain.PartnerMeetings.MeetingRequest>> MeetingRequestsAsync()
    {
        using var scope = app.Services.CreateScope();
        return await FourfoldAppFactory.SystemDb(scope).MeetingRequests.AsNoTracking().ToListAsync();
    }

    /// <summary>Each case's full disclosure, and the ids of its questions and drafts.</summary>
    private async Task<(Dictionary<CaseId, Domain.FullDisclosure.DisclosureProcess> Processes, HashSet<Guid> Material)> FullDisclosuresAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var processes = await db.FullDisclosures.AsNoTracking().ToListAsync();
        var questions = await db.DisclosureQuestions.Select(q => q.Id).ToListAsync();
        var drafts = await db.WrittenDisclosures.Select(d => d.Id).ToListAsync();
        var kinds = Domain.FullDisclosure.DisclosureWriting.Kinds.ToList();
        var writings = await db.ClinicalItems.Where(i => kinds.Contains(i.Kind)).Select(i => i.Id).ToListAsync();
        return (processes.GroupBy(p => p.CaseId).ToDictionary(g => g.Key, g => g.OrderBy(p => p.Stage == Domain.FullDisclosure.DisclosureStage.Complete).ThenByDescending(p => p.Id).First()),
            [.. questions.Concat(drafts).Concat(writings).Select(id => id.Value)]);
    }

    private async Task<(int Reads, int Denied)> AuditCountsAsync(PersonId person)
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var single = await db.AuditEvents.CountAsync(e => e.ActorId == person.Value && e.Action == "ReadItem");
        var pages = await db.AuditEvents.Where(e => e.ActorId == person.Value && e.Action == "ReadItems").Select(e => e.Items).ToListAsync();
        var reads = single + pages.Sum(items => AuditedReads.Parse(items).Count);
        var indexed = await db.AuditItemReads.Join(db.AuditEvents.Where(e => e.ActorId == person.Value), r => r.Sequence, e => e.Sequence, (r, _) => r).CountAsync();
        Assert.Equal(reads, indexed);
        var denied = await db.AuditEvents.CountAsync(e => e.ActorId == person.Value && e.Action == "ReadDenied");
        return (reads, denied);
    }

    /// <summary>
    /// Cases with random teams drawn from the demo people (clients as partners, professionals in professional roles),
    /// a couples therapist and policy in some, and random authorizations by the partners: some for roles, some for
    /// named people, some expired, some revoked.
    /// </summary>
    private async Task GenerateCasesAsync(int seed, int count)
    {
        var random = new Random(seed);
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var users = await db.Users.AsNoTracking().Where(u => u.Kind != PersonKind.PracticeAdministrator).ToListAsync();
        var clients = users.Where(u => u.Kind == PersonKind.Client).ToList();
        var professionals = users.Where(u => u.Kind == PersonKind.Professional).ToList();
        var harbor = (await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoAccounts.MayaLee.Email)).PracticeId!.Value;
        var now = app.Clock.GetCurrentInstant();
        var opened = now - Duration.FromDays(40);
        for (var n = 0; n < count; n++)
        {
            var partners = clients.OrderBy(_ => random.Next()).Take(2).ToList();
            var supports = professionals.OrderBy(_ => random.Next()).ToList();
            var opener = supports.First(p => p.PracticeId == harbor);
            var withCouplesTherapist = random.Next(3) > 0;
            var openerRole = withCouplesTherapist ? CaseRole.CouplesTherapist : CaseRole.SupportOfBetrayedPartner;
            var generated = Case.Open(CaseId.New(), harbor, $"Generated {n}", opener.PersonId, opener.DisplayName, opener.Email!, [openerRole], opened);
            void Join(Data.Identity.FourfoldUser person, CaseRole role)
            {
                var invitation = generated.Invite(new TeamInvitation(role, person.Email!, person.DisplayName), opener.PersonId, InvitationToken.Create().Hash, opened);
                generated.AcceptInvitation(invitation.Id, person.PersonId, person.Kind, person.Email!, person.DisplayName, opened + Duration.FromHours(1));
            }

            Join(partners[0], CaseRole.BetrayedPartner);
            Join(partners[1], CaseRole.InvolvedPartner);
            var others = supports.Where(p => p.PersonId != opener.PersonId).ToList();
            if (withCouplesTherapist)
            {
                Join(others[0], CaseRole.SupportOfBetrayedPartner);
                generated.SetCouplesPolicy(opener.PersonId, Enum.GetValues<Domain.Policies.ConfidentialityPolicy>()[random.Next(3)],
                    Domain.Policies.IndividualSessionPolicy.Offered(2, Domain.Policies.IndividualSessionScope.Ongoing), isDivorceBound: false, opened + Duration.FromHours(2));
                generated.AcknowledgePolicy(partners[0].PersonId, opened + Duration.FromHours(3));
            }

            if (random.Next(2) == 0)
            {
                Join(others[1], CaseRole.SupportOfInvolvedPartner);
            }

            db.Cases.Add(generated);
            var team = generated.ActiveRoles();
            foreach (var (partner, user) in new[] { (PartnerRole.BetrayedPartner, partners[0]), (PartnerRole.InvolvedPartner, partners[1]) })
            {
                for (var a = random.Next(3); a > 0; a--)
                {
                    var roles = Enum.GetValues<CaseRole>().Where(r => r != partner.AsCaseRole() && random.Next(2) == 0).ToList();
                    var people = team.Keys.Where(p => p != user.PersonId && random.Next(4) == 0).ToList();
                    var categories = Enum.GetValues<Category>().Where(c => c != Category.PsychotherapyNote && random.Next(2) == 0).ToList();
                    if ((roles.Count == 0 && people.Count == 0) || categories.Count == 0)
                    {
                        continue;
                    }

                    var signedAt = opened + Duration.FromDays(random.Next(1, 30));
                    var terms = new Domain.Authorizations.AuthorizationTerms(roles, people, categories, "Generated", signedAt + Duration.FromDays(random.Next(1, 90)));
                    var authorization = Domain.Authorizations.Authorization.Sign(generated.Id, user.PersonId, partner, user.DisplayName, terms, user.DisplayName, "Generated terms", signedAt);
                    if (random.Next(4) == 0)
                    {
                        authorization.Revoke(user.PersonId, signedAt + Duration.FromDays(1));
                    }

                    db.Authorizations.Add(authorization);
                }
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Random items by random members of each demo case: random kinds, subjects and audiences among those the rules allow.</summary>
    private async Task GenerateItemsAsync(int seed, int perCase)
    {
        var random = new Random(seed);
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var professions = await db.Users.Where(u => u.Profile != null).ToDictionaryAsync(u => u.Id, u => u.Profile!.Profession);
        var now = app.Clock.GetCurrentInstant();
        foreach (var demoCase in await db.Cases.ToListAsync())
        {
            var roles = demoCase.ActiveRoles();
            for (var n = 0; n < perCase; n++)
            {
                var author = roles.Keys.ElementAt(random.Next(roles.Count));
                var context = new AuthoringContext(demoCase.Id, author, roles, professions.TryGetValue(author.Value, out var p) ? p : null, demoCase.CouplesPolicy, now.InUtc().Date);
                var kinds = Authorship.KindsFor(context);
                var kind = kinds[random.Next(kinds.Count)];
                var subjects = Authorship.SubjectsFor(context.AuthorRoles);
                var choices = Authorship.AudienceChoices(context);
                var audience = kind == ItemKind.PsychotherapyNote ? [] : choices.Where(_ => random.Next(2) == 0).ToList();
                var named = kind == ItemKind.PsychotherapyNote ? [] : Authorship.AudiencePeopleChoices(context).Where(_ => random.Next(4) == 0).ToList();
                var draft = new ItemDraft(kind, subjects[random.Next(subjects.Count)], audience, $"Generated {n}", $"Generated body {n}", now.InUtc().Date,
                    kind == ItemKind.AssessmentSummary ? "Clinical interview" : null, AudiencePeople: named);
                var at = now - Duration.FromMinutes(random.Next(1, 10_000));
                if (kind == ItemKind.PsychotherapyNote)
                {
                    db.PsychotherapyNotes.Add(PsychotherapyNote.Write(context, draft, at));
                }
                else
                {
                    db.ClinicalItems.Add(ClinicalItem.Write(context, draft, at));
                }
            }
        }

        await db.SaveChangesAsync();
    }

    private async Task<World> WorldAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = FourfoldAppFactory.SystemDb(scope);
        var cases = await db.Cases.AsNoTracking().ToListAsync();
        var authorizations = await db.Authorizations.AsNoTracking().ToListAsync();
        var states = cases.ToDictionary(c => c.Id, c => new CaseAccessState(c.Id, c.PracticeId,
            c.ActiveRoles(),
            authorizations.Where(a => a.CaseId == c.Id).ToList()));
        var items = (await db.ClinicalItems.AsNoTracking().ToListAsync()).Select(i => i.Facts)
            .Concat((await db.PsychotherapyNotes.AsNoTracking().ToListAsync()).Select(n => n.Facts)).ToList();
        var users = await db.Users.AsNoTracking().ToListAsync();
        return new World(
            items,
            states,
            users.ToDictionary(u => u.Email!, u => u.PersonId),
            users.Where(u => u.PracticeId is not null).ToDictionary(u => u.Email!, u => u.PracticeId!.Value));
    }

    private sealed record World(
        IReadOnlyList<ItemFacts> Items,
        IReadOnlyDictionary<CaseId, CaseAccessState> States,
        IReadOnlyDictionary<string, PersonId> People,
        IReadOnlyDictionary<string, Domain.Practices.PracticeId> PracticeOf);
}

public sealed class LeakOracleTestsOnSqlite(SqliteApp app) : LeakOracleTests(app), IClassFixture<SqliteApp>;

public sealed class LeakOracleTestsOnPostgres(PostgresApp app) : LeakOracleTests(app), IClassFixture<PostgresApp>;
