"""The AppTest helpers themselves (``tests/apptest.py``)."""

from unittest.mock import patch

from streamlit.components.v2.component_manager import BidiComponentManager

from tests.apptest import open_page


def test_an_apptest_uses_the_shared_component_registry_and_scans_no_package_again():
    """AppTest builds a registry on its first run only when it has none: a renamed attribute in a
    later Streamlit would make each AppTest scan every installed package's metadata again."""
    open_page("why")  # the process's registry exists from here on
    scan = BidiComponentManager.discover_and_register_components
    with patch.object(BidiComponentManager, "discover_and_register_components", autospec=True) as spy:
        spy.side_effect = scan
        at = open_page("why", "zh")
        BidiComponentManager().discover_and_register_components(start_file_watching=False)  # the spy counts
    assert spy.call_count == 1, spy.call_args_list  # only the direct call above, none from the AppTest
    assert not at.exception and at.title[0].value
