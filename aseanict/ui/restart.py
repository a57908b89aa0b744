"""Telling a user that their session-only state was lost with a server (a replica that died or restarted).

Everything a view needs is in the address, so a session rebuilt on another replica shows the same page. What
lives only in the session (an uploaded data overlay, presenter sequences saved in the session) cannot come
back; while a session holds one, the address carries a flag for it, and a fresh session that arrives with the
flag but without the state says so, once per session, until the user restores it.
"""

from __future__ import annotations

import streamlit as st

from aseanict.i18n import t

# URL flag -> (session state key that holds the state, message when it was lost)
SESSION_ONLY = {
    "up": ("user_data", "common.upload_lost"),
    "seqs": ("pres_saved", "common.sequences_lost"),
}


def _has(state_key: str) -> bool:
    value = st.session_state.get(state_key)
    return value is not None and (not hasattr(value, "__len__") or len(value) > 0)


def keep_flags() -> None:
    """Put each flag in the address while the session holds its state, and take it out otherwise."""
    for flag, (state_key, _) in SESSION_ONLY.items():
        if _has(state_key):
            if st.query_params.get(flag) != "1":
                st.query_params[flag] = "1"
        elif flag in st.query_params:
            del st.query_params[flag]


def notice_lost_state(lang: str) -> None:
    """On a session's first run, note the flags it arrived with but has no state for; show those notices."""
    ss = st.session_state
    if "lost_state" not in ss:
        ss.lost_state = [
            flag for flag, (key, _) in SESSION_ONLY.items() if st.query_params.get(flag) == "1" and not _has(key)
        ]
    ss.lost_state = [flag for flag in ss.lost_state if not _has(SESSION_ONLY[flag][0])]  # restored: no notice
    for flag in ss.lost_state:
        st.warning(t(SESSION_ONLY[flag][1], lang), icon=":material/restart_alt:")
    keep_flags()
