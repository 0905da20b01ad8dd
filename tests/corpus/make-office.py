"""Writes talks.docx and talks.odt, the Word and OpenDocument files the native and
e2e tests read, with the libraries researchers and office scripts use for them
(python-docx and odfpy from PyPI), so the tests see files shaped as real programs
write them rather than as our own zip writer would.

    python3 -m venv venv && venv/bin/pip install python-docx==1.2.0 odfpy==1.4.1
    venv/bin/python tests/corpus/make-office.py

Both files hold the same article; the tests check its text exactly."""

from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from odf import text
from odf.opendocument import OpenDocumentText
import odf.dc

HERE = Path(__file__).parent
TITLE = "Syria and Russia: the Moscow talks"


def word():
    document = docx.Document()
    document.core_properties.title = TITLE
    document.add_heading("Talks in Moscow", level=1)
    lead = document.add_paragraph("Syria's interim president met ")
    lead.add_run("Vladimir Putin").bold = True
    lead.add_run(" on Wednesday.")
    quote = document.add_paragraph("He said they would “restore and redefine” ties.")
    quote.add_run().add_break(WD_BREAK.LINE)
    quote.add_run("Officials\tagreed: مرحبا 👋🏽.")
    document.add_paragraph("")
    document.add_paragraph("Energy", style="List Bullet")
    document.add_paragraph("Wheat & ports", style="List Bullet")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Date"
    table.cell(0, 1).text = "3 December"
    document.save(HERE / "talks.docx")


def opendocument():
    document = OpenDocumentText()
    document.meta.addElement(odf.dc.Title(text=TITLE))
    body = document.text
    body.addElement(text.H(outlinelevel=1, text="Talks in Moscow"))
    lead = text.P(text="Syria's interim president met ")
    lead.addElement(text.Span(text="Vladimir Putin"))
    lead.addText(" on Wednesday.")
    note = text.Note(noteclass="footnote")
    note.addElement(text.NoteCitation(text="1"))
    note_body = text.NoteBody()
    note_body.addElement(text.P(text="Reported by state media."))
    note.addElement(note_body)
    lead.addElement(note)
    body.addElement(lead)
    quote = text.P(text="He said they would “restore and redefine” ties.")
    quote.addElement(text.LineBreak())
    quote.addText("Officials")
    quote.addElement(text.Tab())
    quote.addText("agreed:")
    quote.addElement(text.S(c=2))
    quote.addText("مرحبا 👋🏽.")
    body.addElement(quote)
    body.addElement(text.P())
    items = text.List()
    for item in ["Energy", "Wheat & ports"]:
        entry = text.ListItem()
        entry.addElement(text.P(text=item))
        items.addElement(entry)
    body.addElement(items)
    document.save(str(HERE / "talks.odt"))


word()
opendocument()
