using OpsConsole.Core.Boards;

namespace OpsConsole.Core.Tests.Boards;

/// <summary>Each kind of board-file error, pinned by file, line, column, field and reason.</summary>
public sealed class BoardFileErrorTests
{
    [Fact]
    public void A_valid_board_loads_without_errors()
    {
        var result = BoardYaml.Parse(BoardYaml.Valid());

        Assert.Empty(result.Errors);
        var board = Assert.IsType<BoardDefinition>(result.Board);
        Assert.Equal("demo", board.Id);
        Assert.Equal("演示", board.Title.ZhCn);
        Assert.Equal(TimeSpan.FromSeconds(30), board.Refresh);
        Assert.Equal("now-1h", board.Time.From.ToString());
        var panel = Assert.Single(board.Panels);
        Assert.Equal(PanelType.Stat, panel.Type);
        Assert.Equal(QueryMode.Instant, panel.Options.Query);
        Assert.Equal(new PanelTarget("sum(up)", null, "A"), Assert.Single(panel.Targets));
    }

    [Fact]
    public void Broken_yaml_syntax_is_reported_at_its_position()
    {
        var error = BoardYaml.SingleError("""
            id: demo
            title: { zh-CN: 演示, en: Demo
            panels: []
            """);

        Assert.Equal("demo.yaml", error.File);
        Assert.Equal(2, error.Line);
        Assert.Equal(string.Empty, error.Field);
        Assert.Equal("not valid YAML after this point", error.Reason);
    }

    [Fact]
    public void A_tab_in_the_indentation_is_a_yaml_error_with_the_scanner_reason()
    {
        var error = BoardYaml.SingleError("id: demo\n\tpanels: []\n");

        Assert.Equal((1, 5), (error.Line, error.Column));
        Assert.Equal("not valid YAML: While scanning a plain scalar, found a tab character that violate indentation.", error.Reason);
    }

    [Fact]
    public void A_broken_file_never_throws_wherever_it_is_cut_off()
    {
        var text = BoardYaml.Valid() + "\nvariables:\n  - name: pod\n    label: { zh-CN: 实例, en: Pod }\n    query: { expr: 'up{a=\"b\"}', regex: '(.*)' }\n";
        for (var length = 0; length < text.Length; length++)
        {
            var result = BoardYaml.Parse(text[..length]);

            Assert.True(result.IsValid || result.Errors.Count > 0, $"cut at {length}: neither a board nor an error");
        }
    }

    [Fact]
    public void A_duplicate_key_is_a_yaml_error_at_the_second_key()
    {
        var error = BoardYaml.SingleError(BoardYaml.Valid() + "\nid: again\n");

        Assert.Equal(10, error.Line);
        Assert.Contains("Duplicate key", error.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_empty_file_says_so()
    {
        var error = BoardYaml.SingleError("");

        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Equal("the file is empty", error.Reason);
    }

    [Fact]
    public void A_missing_required_field_is_named_at_its_mapping()
    {
        var error = BoardYaml.SingleError("""
            id: demo
            panels:
              - id: up
                title: { zh-CN: 在线, en: Up }
                type: stat
                grid: { x: 0, y: 0, w: 6, h: 4 }
                targets:
                  - expr: sum(up)
            """);

        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Equal("title", error.Field);
        Assert.Equal("required field \"title\" is missing", error.Reason);
    }

    [Fact]
    public void A_missing_translation_is_reported_with_its_language()
    {
        var error = BoardYaml.SingleError(BoardYaml.Valid().Replace("title: { zh-CN: 演示, en: Demo }", "title: { zh-CN: 演示 }", StringComparison.Ordinal));

        Assert.Equal(2, error.Line);
        Assert.Equal("title.en", error.Field);
        Assert.Equal("required field \"en\" is missing", error.Reason);
    }

    [Fact]
    public void An_unknown_field_suggests_the_field_meant()
    {
        var error = BoardYaml.SingleError(BoardYaml.Valid() + """

                options:
                  untis: percent
            """);

        Assert.Equal(11, error.Line);
        Assert.Equal(7, error.Column);
        Assert.Equal("panels[0].options.untis", error.Field);
        Assert.Equal("unknown field \"untis\"", error.Reason);
        Assert.Equal("did you mean \"unit\"?", error.Hint);
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_what_was_expected()
    {
        var error = BoardYaml.SingleError(BoardYaml.Valid() + """

                options:
                  decimals: two
            """);

        Assert.Equal((11, 17), (error.Line, error.Column));
        Assert.Equal("panels[0].options.decimals", error.Field);
        Assert.Equal("expected a whole number, got \"two\"", error.Reason);
    }

    [Fact]
    public void A_quoted_number_is_text_and_the_hint_says_to_unquote_it()
    {
        var error = BoardYaml.SingleError(BoardYaml.Valid().Replace("w: 6", "w: \"6\"", StringComparison.Ordinal));

        Assert.Equal("panels[0].grid.w", error.Field);
        Assert.Equal("remove the quotes", error.Hint);
    }

    [Fact]
    public void A_list_where_a_mapping_belongs_is_a_type_error()
    {
        var error = BoardYaml.SingleError(BoardYaml.Valid().Replace("grid: { x: 0, y: 0, w: 6, h: 4 }", "grid: [0, 0, 6, 4]", StringComparison.Ordinal));

        Assert.Equal((7, 11), (error.Line, error.Column));
        Assert.Equal("panels[0].grid", error.Field);
        Assert.Equal("expected a mapping of fields, got a list", error.Reason);
    }

    [Fact]
    public void An_unknown_panel_type_suggests_the_closest()
    {
        var error = BoardYaml.SingleError(BoardYaml.Valid().Replace("type: stat", "type: time_series", StringComparison.Ordinal));

        Assert.Equal((6, 11), (error.Line, error.Column));
        Assert.Equal("panels[0].type", error.Field);
        Assert.Equal("unknown panel type \"time_series\"", error.Reason);
        Assert.Equal("did you mean \"timeseries\"?", error.Hint);
    }

    [Fact]
    public void An_unknown_unit_suggests_the_closest()
    {
        var error = BoardYaml.SingleError(BoardYaml.Valid() + """

                options:
                  unit: precent
            """);

        Assert.Equal((11, 13), (error.Line, error.Column));
        Assert.Equal("panels[0].options.unit", error.Field);
        Assert.Equal("unknown unit \"precent\"", error.Reason);
        Assert.Equal("did you mean \"percent\"?", error.Hint);
    }

    [Fact]
    public void A_duplicate_panel_id_points_at_the_second_panel()
    {
        var error = BoardYaml.SingleError(BoardYaml.Valid() + """

              - id: up
                title: { zh-CN: 在线, en: Up }
                type: stat
                grid: { x: 6, y: 0, w: 6, h: 4 }
                targets:
                  - expr: sum(up)
            """);

        Assert.Equal((10, 9), (error.Line, error.Column));
        Assert.Equal("panels[1].id", error.Field);
        Assert.Equal("panel id \"up\" is already used by panels[0]", error.Reason);
    }

    [Fact]
    public void A_panel_past_the_24_columns_is_rejected_at_its_width()
    {
        var error = BoardYaml.SingleError(BoardYaml.Valid().Replace("x: 0, y: 0, w: 6", "x: 20, y: 0, w: 6", StringComparison.Ordinal));

        Assert.Equal(7, error.Line);
        Assert.Equal("panels[0].grid.w", error.Field);
        Assert.Equal("the panel spans columns 20..25, past the 24-column grid", error.Reason);
        Assert.Equal("x + w must be at most 24: use w: 4 or a smaller x", error.Hint);
    }

    [Fact]
    public void Overlapping_panels_name_the_panel_overlapped()
    {
        var error = BoardYaml.SingleError(BoardYaml.Valid() + """

              - id: down
                title: { zh-CN: 离线, en: Down }
                type: stat
                grid: { x: 4, y: 2, w: 6, h: 4 }
                targets:
                  - expr: sum(up == 0)
            """);

        Assert.Equal((13, 11), (error.Line, error.Column));
        Assert.Equal("panels[1].grid", error.Field);
        Assert.Equal("overlaps panel \"up\" (x 0, y 0, w 6, h 4)", error.Reason);
    }

    [Fact]
    public void An_undefined_variable_in_an_expression_is_reported_with_the_closest_name()
    {
        var error = BoardYaml.SingleError("""
            id: demo
            title: { zh-CN: 演示, en: Demo }
            variables:
              - name: region
                label: { zh-CN: 区域, en: Region }
                labelValues: { metric: robot_online_count, label: region }
            panels:
              - id: online
                title: { zh-CN: 在线, en: Online }
                type: stat
                grid: { x: 0, y: 0, w: 6, h: 4 }
                targets:
                  - expr: sum(robot_online_count{region=~"$regoin"})
            """);

        Assert.Equal((13, 15), (error.Line, error.Column));
        Assert.Equal("panels[0].targets[0].expr", error.Field);
        Assert.Equal("uses the undefined variable $regoin", error.Reason);
        Assert.Equal("did you mean \"$region\"?", error.Hint);
    }

    [Fact]
    public void A_variable_in_an_equality_matcher_asks_for_a_regex_matcher()
    {
        var error = BoardYaml.SingleError("""
            id: demo
            title: { zh-CN: 演示, en: Demo }
            variables:
              - name: pod
                label: { zh-CN: 实例, en: Pod }
                labelValues: { metric: up, label: pod }
            panels:
              - id: up
                title: { zh-CN: 在线, en: Up }
                type: stat
                grid: { x: 0, y: 0, w: 6, h: 4 }
                targets:
                  - expr: sum(up{pod="$pod"})
            """);

        Assert.Equal("panels[0].targets[0].expr", error.Field);
        Assert.Equal("uses $pod with \"=\", but a variable expands to a regular expression", error.Reason);
        Assert.Equal("write pod=~\"$pod\"", error.Hint);
    }

    [Theory]
    [InlineData("refresh: 10 seconds", "refresh", "\"10 seconds\" is not a refresh interval")]
    [InlineData("refresh: 1s", "refresh", "refresh 1s is faster than the shortest allowed, 5s")]
    [InlineData("time: { from: 1h ago }", "time.from", "\"1h ago\" is not a relative time")]
    [InlineData("time: { from: now, to: now-1h }", "time.from", "the range starts at now but ends at now-1h, so it is empty")]
    public void Refresh_and_time_range_that_do_not_parse_are_rejected(string line, string field, string reason)
    {
        var error = BoardYaml.SingleError(BoardYaml.Valid() + "\n" + line + "\n");

        Assert.Equal(10, error.Line);
        Assert.Equal(field, error.Field);
        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void Refresh_off_and_a_relative_range_load()
    {
        var board = BoardYaml.Parse(BoardYaml.Valid() + "\nrefresh: off\ntime: { from: now-7d, to: now-1d }\n").Board;

        Assert.NotNull(board);
        Assert.Null(board.Refresh);
        Assert.Equal(TimeSpan.FromDays(6), board.Time.Length);
    }

    [Fact]
    public void Thresholds_out_of_order_are_rejected_at_the_later_value()
    {
        var error = BoardYaml.SingleError(BoardYaml.Valid() + """

                options:
                  thresholds:
                    - { value: 0.9, color: yellow }
                    - { value: 0.5, color: red }
            """);

        Assert.Equal((13, 20), (error.Line, error.Column));
        Assert.Equal("panels[0].options.thresholds[1].value", error.Field);
        Assert.Equal("thresholds must ascend, but 0.5 follows 0.9", error.Reason);
    }

    [Fact]
    public void An_unquoted_hex_colour_is_explained()
    {
        var error = BoardYaml.SingleError(BoardYaml.Valid() + """

                options:
                  thresholds:
                    - value: 0
                      color: #e02f44
            """);

        Assert.Equal("panels[0].options.thresholds[0].color", error.Field);
        Assert.Contains("an unquoted # starts a comment", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_that_does_not_apply_to_the_panel_type_is_rejected()
    {
        var error = BoardYaml.SingleError(BoardYaml.Valid() + """

                options:
                  limit: 3
            """);

        Assert.Equal((11, 7), (error.Line, error.Column));
        Assert.Equal("panels[0].options.limit", error.Field);
        Assert.Equal("\"limit\" does not apply to stat panels", error.Reason);
        Assert.Equal("it applies to: topn", error.Hint);
    }

    [Fact]
    public void A_variable_with_both_sources_is_rejected()
    {
        var error = BoardYaml.SingleError("""
            id: demo
            title: { zh-CN: 演示, en: Demo }
            variables:
              - name: pod
                label: { zh-CN: 实例, en: Pod }
                labelValues: { metric: up, label: pod }
                query: { expr: up, regex: 'pod="([^"]+)"' }
            panels:
              - id: up
                title: { zh-CN: 在线, en: Up }
                type: stat
                grid: { x: 0, y: 0, w: 6, h: 4 }
                targets:
                  - expr: sum(up{pod=~"$pod"})
            """);

        Assert.Equal((7, 5), (error.Line, error.Column));
        Assert.Equal("variables[0].query", error.Field);
        Assert.Equal("a variable takes its values from labelValues or from query, not both", error.Reason);
    }

    [Fact]
    public void An_invalid_board_id_explains_the_allowed_characters()
    {
        var error = BoardYaml.SingleError(BoardYaml.Valid("Robot Health"));

        Assert.Equal((1, 5), (error.Line, error.Column));
        Assert.Equal("id", error.Field);
        Assert.Equal("\"Robot Health\" is not a valid board id", error.Reason);
    }

    [Fact]
    public void Every_error_of_a_file_is_reported_at_once_in_line_order()
    {
        var result = BoardYaml.Parse("""
            id: demo
            title: { zh-CN: 演示, en: Demo }
            refresh: soon
            panels:
              - id: a
                title: { zh-CN: 甲, en: A }
                type: gauge
                grid: { x: 0, y: 0, w: 30, h: 4 }
                targets:
                  - expr: sum(up{job=~"$job"})
                options: { unit: pct }
              - id: b
                titel: { zh-CN: 乙, en: B }
                type: pie
                grid: { x: 0, y: 4, w: 6, h: 4 }
                targets: []
            """);

        Assert.Null(result.Board);
        Assert.Equal(
            [
                (3, "refresh"),
                (8, "panels[0].grid.w"),
                (10, "panels[0].targets[0].expr"),
                (11, "panels[0].options.unit"),
                (12, "panels[1].title"),
                (13, "panels[1].titel"),
                (14, "panels[1].type"),
                (16, "panels[1].targets"),
            ],
            result.Errors.Select(e => (e.Line, e.Field)).ToList());
        Assert.All(result.Errors, e => Assert.Equal("demo.yaml", e.File));
    }

    [Fact]
    public void An_error_reads_as_file_line_column_field_reason_and_hint()
    {
        var error = new BoardFileError("kafka.yaml", 12, 7, "panels[3].options.unit", "unknown unit \"precent\"", "did you mean \"percent\"?");

        Assert.Equal("kafka.yaml:12:7 panels[3].options.unit: unknown unit \"precent\" (did you mean \"percent\"?)", error.ToString());
    }
}
