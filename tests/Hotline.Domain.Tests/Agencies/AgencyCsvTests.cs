using Hotline.Domain.Agencies;

namespace Hotline.Domain.Tests.Agencies;

public sealed class AgencyCsvTests
{
    private const string Header = "name_km,name_en,licence_number,destinations,status,source,published,sample\n";

    [Fact]
    public void Quoted_fields_may_hold_commas_doubled_quotes_and_line_breaks()
    {
        var csv = Header + "ក្ដាមមាស,\"Kdam \"\"Golden\"\" Meas, Co., Ltd.\",L-1,thailand|malaysia,licensed,\"Notice 12,\nPhnom Penh\",2026-11-01,false\n";

        var result = AgencyCsv.Parse(csv);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var agency = Assert.Single(result.Agencies);
        Assert.Equal("Kdam \"Golden\" Meas, Co., Ltd.", agency.NameEn);
        Assert.Equal("Notice 12,\nPhnom Penh", agency.Source);
        Assert.Equal(["thailand", "malaysia"], agency.Destinations);
    }

    [Fact]
    public void A_byte_order_mark_and_windows_line_ends_are_accepted()
    {
        var csv = "\uFEFF" + Header.Replace("\n", "\r\n") + "ក,A,L-1,thailand,licensed,Notice,2026-11-01,false\r\n";

        var result = AgencyCsv.Parse(csv);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal("L-1", result.Agencies[0].LicenceNumber);
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_aliases_are_optional()
    {
        var csv = "licence_number,status,published,source,name_en,aliases\nL-9,Suspended,2026-10-01,Notice,Sva Pram,Swa Pram|Sva Pram HR\n";

        var agency = Assert.Single(AgencyCsv.Parse(csv).Agencies);

        Assert.Equal(AgencyStatus.Suspended, agency.Status);
        Assert.Equal(["Swa Pram", "Sva Pram HR"], agency.Aliases);
        Assert.False(agency.Sample);
    }

    [Fact]
    public void Comment_lines_before_the_header_are_skipped()
    {
        var csv = "# SAMPLE, fictional\n# second line\n" + Header + "ក,A,L-1,thailand,licensed,Notice,2026-11-01,true\n";

        var result = AgencyCsv.Parse(csv);

        Assert.True(result.IsValid);
        Assert.True(result.Agencies[0].Sample);
    }

    [Fact]
    public void A_missing_last_line_break_still_reads_the_last_row()
    {
        Assert.Single(AgencyCsv.Parse(Header + "ក,A,L-1,thailand,licensed,Notice,2026-11-01,false").Agencies);
    }

    [Fact]
    public void Each_bad_row_is_reported_with_its_line_and_the_file_is_invalid()
    {
        var csv = Header
            + "ក,A,L-1,thailand,licensed,Notice,2026-11-01,false\n"
            + "ក,B,L-2,thailand,illegal,Notice,2026-11-01,false\n"
            + "ក,C,L-3,thailand,licensed,Notice,01/11/2026,false\n"
            + "ក,D,L-1,thailand,licensed,Notice,2026-11-01,false\n"
            + ",,L-5,thailand,licensed,,2026-11-01,maybe\n";

        var result = AgencyCsv.Parse(csv);

        Assert.False(result.IsValid);
        Assert.Single(result.Agencies);
        Assert.Contains(result.Errors, e => e.Line == 3 && e.Message.Contains("status"));
        Assert.Contains(result.Errors, e => e.Line == 4 && e.Message.Contains("published"));
        Assert.Contains(result.Errors, e => e.Line == 5 && e.Message.Contains("appears twice"));
        Assert.Contains(result.Errors, e => e.Line == 6 && e.Message.Contains("both names"));
        Assert.Contains(result.Errors, e => e.Line == 6 && e.Message.Contains("source"));
        Assert.Contains(result.Errors, e => e.Line == 6 && e.Message.Contains("sample"));
    }

    [Fact]
    public void A_line_number_counts_line_breaks_inside_quoted_fields()
    {
        var csv = Header + "ក,A,L-1,thailand,licensed,\"two\nlines\",2026-11-01,false\nក,B,L-2,thailand,wrong,Notice,2026-11-01,false\n";

        Assert.Equal(4, Assert.Single(AgencyCsv.Parse(csv).Errors).Line);
    }

    [Fact]
    public void A_header_without_required_columns_is_refused()
    {
        var result = AgencyCsv.Parse("name,number\nA,1\n");

        Assert.False(result.IsValid);
        Assert.Contains("licence_number", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.False(AgencyCsv.Parse("").IsValid);
    }
}
