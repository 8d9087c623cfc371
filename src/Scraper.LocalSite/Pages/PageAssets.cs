namespace Scraper.LocalSite.Pages;

/// <summary>The inline style and script every page carries, as real pages carry theirs: weight, not meaning.</summary>
internal static class PageAssets
{
    public const string Style = """
        <style type="text/css">
        body.default { margin: 0; font-family: Georgia, "Times New Roman", serif; color: #222; background: #fff; }
        #header { background: #8b0000; color: #fff; padding: 0.4em 1em; }
        #navlistleft { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 1.2em; }
        #navlistleft a, #footer a { color: inherit; text-decoration: none; }
        #smartphone-nav { display: none; }
        .responsive_container { max-width: 1180px; margin: 0 auto; }
        .responsive_row { display: flex; flex-wrap: wrap; }
        .responsive_cell_left { width: 22%; padding: 1em; box-sizing: border-box; }
        .responsive_cell_center_plus_right { flex: 1; padding: 1em; box-sizing: border-box; }
        #search_container { padding: 0.8em 1em; background: #f4efe8; }
        #search_input { width: 60%; font-size: 1.1em; padding: 0.3em; }
        h1.redword { color: #b00; font-size: 2em; margin: 0; display: inline; }
        .headword-definition { color: #555; font-size: 0.6em; }
        .stars_grp { display: inline-block; margin-left: 0.5em; }
        .icon_star { display: inline-block; width: 12px; height: 12px; background: #d22; border-radius: 50%; margin-right: 2px; }
        #headbar { margin: 0.4em 0 1em; }
        #headbar .PART-OF-SPEECH { font-style: italic; color: #036; }
        #headbar .PRON { color: #555; }
        .layer, .thesaurus-layer { display: none; position: absolute; background: #fff; border: 1px solid #ccc; padding: 1em; }
        ol.senses { padding-left: 0; list-style: none; }
        ol.senses > li { margin-bottom: 1.2em; }
        .SENSE-NUM { display: inline-block; font-weight: bold; margin-right: 0.4em; }
        .DEFINITION { font-size: 1.05em; }
        .EXAMPLES { margin: 0.3em 0 0 1.4em; }
        p.EXAMPLE { margin: 0.1em 0; font-style: italic; color: #444; }
        .THES { margin: 0.4em 0 0 1.4em; font-size: 0.9em; background: #f7f7f0; padding: 0.4em; }
        ol.SUB-SENSES { list-style: none; margin-left: 1.4em; padding: 0; }
        .sidebox { border: 1px solid #ddd; margin: 0.5em 0; padding: 0.5em; font-size: 0.9em; }
        #relatedentries ul, #phrases_container ul { list-style: none; padding: 0; }
        #relatedentries li { padding: 0.15em 0; }
        .arl1 .BASE { color: #b00; font-weight: bold; }
        #footer { background: #333; color: #ddd; padding: 1em; margin-top: 2em; font-size: 0.85em; }
        #footer ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1em; }
        .show_less { }
        @media (max-width: 640px) { .responsive_hide_on_smartphone { display: none; } #smartphone-nav { display: block; } }
        </style>

        """;

    public const string Scripts = """
        <script type="text/javascript">
        function foldingSet(collapsed) {
            var hidden = document.querySelectorAll('.show_less');
            for (var i = 0; i < hidden.length; i++) { hidden[i].style.display = collapsed ? 'none' : ''; }
            document.getElementById('showmore').style.display = collapsed ? '' : 'none';
            document.getElementById('showless').style.display = collapsed ? 'none' : '';
        }
        function toggleLayer(id) {
            var layer = document.getElementById(id);
            if (layer) { layer.style.display = layer.style.display === 'block' ? 'none' : 'block'; }
        }
        document.addEventListener('DOMContentLoaded', function () {
            var input = document.getElementById('search_input');
            if (input) { input.addEventListener('focus', function () { input.select(); }); }
            var toggles = document.querySelectorAll('[data-toggle-div]');
            for (var i = 0; i < toggles.length; i++) {
                toggles[i].addEventListener('click', function (e) { toggleLayer(e.currentTarget.getAttribute('data-toggle-div')); });
            }
        });
        </script>

        """;
}
