"""Organisations and contacts: the bodies and people pages and services name.

One app that both the care network (home) and the service directory (services)
use, so an organisation is kept once, whatever refers to it.
"""
