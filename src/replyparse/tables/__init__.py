"""Analysts' tables: letter records as normalised tables, in SQLite or CSV.

:mod:`.schema` describes every table and column once and turns a letter into rows;
:mod:`.sqlite` keeps them in a SQLite archive (resumable, one transaction per letter);
:mod:`.csvfiles` writes them as CSV files for spreadsheets.
"""
