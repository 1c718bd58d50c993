using Hotline.Domain.Agencies;

namespace Hotline.Domain.Tests.Agencies;

public sealed class AgencyNameKeyTests
{
    [Theory]
    [InlineData("Kdam Meas Manpower Co., Ltd.")]
    [InlineData("Kdam Meas Manpower Co.,Ltd")]
    [InlineData("KDAM MEAS MANPOWER COMPANY LIMITED")]
    [InlineData("kdam-meas manpower (co. ltd)")]
    [InlineData("KdamMeas Manpower")]
    public void Legal_form_case_punctuation_and_spaces_are_folded_away(string name)
    {
        Assert.Equal("kdameasmanpover", AgencyNameKey.Of(name).Full);
    }

    [Fact]
    public void Latin_diacritics_are_folded()
    {
        Assert.Equal(AgencyNameKey.Of("Sovann Phum").Full, AgencyNameKey.Of("Sóvann Phûm").Full);
    }

    [Fact]
    public void Khmer_legal_form_and_invisible_characters_are_folded_away()
    {
        var expected = AgencyNameKey.Of("ក្ដាមមាស ម៉ែនផៅវើ").Full;

        Assert.Equal(expected, AgencyNameKey.Of("ក្រុមហ៊ុន ក្ដាមមាស ម៉ែនផៅវើ ឯ.ក").Full);
        Assert.Equal(expected, AgencyNameKey.Of("ក្ដាម\u200Bមាស\u200Cម៉ែនផៅវើ ខូអិលធីឌី").Full);
        Assert.Equal(expected, AgencyNameKey.Of("ក្ដាម\u17B4មាស ម៉ែនផៅវើ").Full);
    }

    [Fact]
    public void Khmer_look_alike_spellings_meet()
    {
        Assert.Equal(AgencyNameKey.Of("ក្ដាម").Full, AgencyNameKey.Of("ក្តាម").Full);
        Assert.Equal(AgencyNameKey.Of("\u1785\u17BE\u1784").Full, AgencyNameKey.Of("\u1785\u17C1\u17B8\u1784").Full);
    }

    [Fact]
    public void Khmer_vowel_signs_are_kept_so_different_words_stay_different()
    {
        Assert.NotEqual(AgencyNameKey.Of("មាស").Full, AgencyNameKey.Of("មស").Full);
    }

    [Fact]
    public void Generic_words_are_kept_apart_from_the_distinguishing_core()
    {
        var key = AgencyNameKey.Of("Angkrong Meas Human Resources Co., Ltd.");

        Assert.Equal("angkrongmeas", key.Core);
        Assert.Equal(["human", "resources"], key.Generic);
    }

    [Fact]
    public void A_name_made_only_of_generic_words_keeps_them_as_its_core()
    {
        Assert.Equal("manpoverservices", AgencyNameKey.Of("Manpower Services Co., Ltd.").Core);
    }

    [Theory]
    [InlineData("SAMPLE-0012", "SAMPLE0012")]
    [InlineData("sample 0012", "SAMPLE0012")]
    [InlineData("SAMPLE-០០១២", "SAMPLE0012")]
    public void Licence_numbers_compare_on_letters_and_digits(string typed, string key)
    {
        Assert.Equal(key, AgencyNameKey.Licence(typed));
    }
}
