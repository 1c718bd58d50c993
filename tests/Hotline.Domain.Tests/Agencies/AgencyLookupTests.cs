using Hotline.Domain.Agencies;

namespace Hotline.Domain.Tests.Agencies;

public sealed class AgencyLookupTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    private static Agency Agency(string licence, string en, string km = "", AgencyStatus status = AgencyStatus.Licensed,
        DateOnly? published = null, bool sample = false) =>
        new(licence, km, en, [], ["thailand"], status, "Test list", published ?? new DateOnly(2026, 11, 1), sample);

    [Fact]
    public void A_name_not_on_the_list_says_the_date_of_the_list_it_was_checked_against()
    {
        var register = new AgencyRegister([Agency("T-1", "Kdam Meas Manpower")]);

        var result = Assert.IsType<AgencyLookupResult.NoMatch>(register.Lookup("Angkor Wat Manpower"));

        Assert.Equal(new DateOnly(2026, 11, 1), result.ListDate);
        var answer = AgencyAnswer.For(result, Today, maxAgeDays: 90);
        Assert.Equal(AgencyAnswer.NotOnList, answer.Key);
        Assert.Equal(new DateOnly(2026, 11, 1), answer.ListDate);
    }

    [Fact]
    public void No_answer_key_ever_calls_an_agency_illegal()
    {
        var keys = typeof(AgencyAnswer).GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);

        Assert.DoesNotContain(keys, k => k.Contains("illegal", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_suspended_agency_is_answered_as_suspended()
    {
        var register = new AgencyRegister([Agency("T-1", "Trey Ros Manpower", status: AgencyStatus.Suspended)]);

        var answer = AgencyAnswer.For(register.Lookup("trey ros manpower co ltd"), Today, 90);

        Assert.Equal(AgencyAnswer.Suspended, answer.Key);
        Assert.Equal("T-1", answer.Agency!.LicenceNumber);
    }

    [Fact]
    public void A_revoked_agency_is_answered_as_revoked()
    {
        var register = new AgencyRegister([Agency("T-1", "Sao Prak Manpower", status: AgencyStatus.Revoked)]);

        Assert.Equal(AgencyAnswer.Revoked, AgencyAnswer.For(register.Lookup("Sao Prak"), Today, 90).Key);
    }

    [Fact]
    public void The_shipped_sample_register_can_never_confirm_an_agency()
    {
        var register = SampleRegister.Register;
        var answer = AgencyAnswer.For(register.Lookup("Kdam Meas Manpower"), register.PublishedOn, 3650);

        Assert.True(register.IsSample);
        Assert.False(register.CanConfirm(register.PublishedOn, 3650));
        Assert.False(answer.CanConfirm);
        Assert.Equal(AgencyAnswer.CannotConfirmSample, answer.CannotConfirmKey);
    }

    [Fact]
    public void Every_row_of_the_shipped_sample_register_is_marked_sample_and_fictional()
    {
        var agencies = SampleRegister.Register.Agencies;

        Assert.Equal(40, agencies.Count);
        Assert.All(agencies, a =>
        {
            Assert.True(a.Sample);
            Assert.StartsWith("SAMPLE-", a.LicenceNumber);
            Assert.Contains("fictional", a.Source);
        });
    }

    [Fact]
    public void A_register_older_than_the_configured_age_cannot_confirm()
    {
        var register = new AgencyRegister([Agency("T-1", "Kdam Meas Manpower", published: new DateOnly(2026, 1, 1))]);

        var answer = AgencyAnswer.For(register.Lookup("Kdam Meas"), Today, maxAgeDays: 180);

        Assert.Equal(AgencyAnswer.Licensed, answer.Key);
        Assert.False(answer.CanConfirm);
        Assert.Equal(AgencyAnswer.CannotConfirmOldList, answer.CannotConfirmKey);
    }

    [Fact]
    public void A_recent_imported_register_can_confirm()
    {
        var register = new AgencyRegister([Agency("T-1", "Kdam Meas Manpower")]);

        Assert.False(register.IsSample);
        Assert.True(register.CanConfirm(Today, 90));
        Assert.True(AgencyAnswer.For(register.Lookup("Kdam Meas"), Today, 90).CanConfirm);
    }

    [Fact]
    public void One_sample_row_makes_the_whole_register_a_sample()
    {
        var register = new AgencyRegister([Agency("T-1", "Kdam Meas Manpower"), Agency("T-2", "Sva Pram", sample: true)]);

        Assert.True(register.IsSample);
        Assert.False(register.CanConfirm(Today, 90));
    }

    [Fact]
    public void An_empty_register_answers_no_match_and_cannot_confirm()
    {
        var register = new AgencyRegister([]);

        Assert.IsType<AgencyLookupResult.NoMatch>(register.Lookup("Kdam Meas"));
        Assert.False(register.CanConfirm(Today, 90));
    }

    [Fact]
    public void A_borrowed_name_with_other_generic_words_is_only_a_suggestion()
    {
        var register = new AgencyRegister([Agency("T-1", "Kdam Meas Manpower Co., Ltd.")]);

        var result = Assert.IsType<AgencyLookupResult.Ambiguous>(register.Lookup("Kdam Meas Recruitment"));

        Assert.Equal("T-1", result.Candidates[0].Agency.LicenceNumber);
    }

    [Fact]
    public void A_name_shared_by_two_agencies_asks_which_one()
    {
        var register = new AgencyRegister([Agency("T-1", "Phka Chan Manpower"), Agency("T-2", "Phka Chan Recruitment")]);

        var result = Assert.IsType<AgencyLookupResult.Ambiguous>(register.Lookup("Phka Chan"));

        Assert.Equal(["T-1", "T-2"], result.Candidates.Select(c => c.Agency.LicenceNumber).Order());
    }

    [Fact]
    public void Part_of_a_name_is_offered_as_did_you_mean_rather_than_matched()
    {
        var register = new AgencyRegister([Agency("T-1", "Meas Sovann Phum Manpower")]);

        var result = Assert.IsType<AgencyLookupResult.Ambiguous>(register.Lookup("Sovann Phum"));

        Assert.Equal("T-1", result.Top!.LicenceNumber);
    }

    [Fact]
    public void A_near_miss_licence_number_is_not_matched_to_a_neighbour()
    {
        var register = new AgencyRegister([Agency("MLVT-0123", "Kdam Meas Manpower")]);

        Assert.IsType<AgencyLookupResult.NoMatch>(register.Lookup("MLVT-0124"));
    }

    [Fact]
    public void Empty_or_punctuation_only_queries_find_nothing()
    {
        var register = new AgencyRegister([Agency("T-1", "Kdam Meas Manpower")]);

        Assert.IsType<AgencyLookupResult.NoMatch>(register.Lookup(""));
        Assert.IsType<AgencyLookupResult.NoMatch>(register.Lookup("   "));
        Assert.IsType<AgencyLookupResult.NoMatch>(register.Lookup("Co., Ltd."));
        Assert.IsType<AgencyLookupResult.NoMatch>(register.Lookup(null));
    }

    [Fact]
    public void A_name_far_longer_than_any_register_name_does_not_fail()
    {
        var register = new AgencyRegister([Agency("T-1", "Kdam Meas Manpower")]);

        Assert.IsType<AgencyLookupResult.NoMatch>(register.Lookup(string.Concat(Enumerable.Repeat("kdam meas ", 60))));
    }
}
