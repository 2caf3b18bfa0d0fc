"""A VersionedMemo only answers for the content version its entries were made for."""

from intranet.memo import VersionedMemo


def test_an_entry_is_only_found_under_its_own_version():
    memo = VersionedMemo()
    memo.set("v1", "/kennisbank/", 42)

    assert memo.get("v1", "/kennisbank/") == 42
    assert memo.get("v2", "/kennisbank/") is None


def test_a_new_version_starts_empty_and_an_old_one_cannot_return():
    memo = VersionedMemo()
    memo.set("v1", "a", 1)
    memo.set("v2", "b", 2)

    assert memo.get("v2", "a") is None and memo.get("v2", "b") == 2
    assert memo.get("v1", "a") is None


def test_it_never_holds_more_than_its_limit():
    memo = VersionedMemo(max_entries=3)
    for number in range(10):
        memo.set("v1", number, number)
        assert len(memo._state[1]) <= 3
    assert memo.get("v1", 9) == 9


def test_clear_all_forgets_every_memo():
    first, second = VersionedMemo(), VersionedMemo()
    first.set("v1", "a", 1)
    second.set("v1", "b", 2)

    VersionedMemo.clear_all()

    assert first.get("v1", "a") is None and second.get("v1", "b") is None


def test_get_or_set_computes_once_per_version():
    memo, computed = VersionedMemo(), []

    def compute():
        computed.append(1)
        return {}  # an empty value counts as remembered

    assert memo.get_or_set("v1", "answers", compute) == {}
    assert memo.get_or_set("v1", "answers", compute) == {}
    assert len(computed) == 1
    memo.get_or_set("v2", "answers", compute)
    assert len(computed) == 2
