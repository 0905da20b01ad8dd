# Die Oberfläche von Framelens auf Deutsch. Eine Meldung je Zeile: eine Kennung, „=“, die Worte.
# { $name } füllt die Seite aus; [one] und *[other] wählen nach einer Zahl.
# Jede Sprachdatei hat dieselben Kennungen in derselben Reihenfolge.

## Die Kopfzeile

opening = Ihr Arbeitsbereich wird geöffnet …
save-off = Automatisches Speichern aus: exportieren Sie, um Ihre Arbeit zu behalten
save-saved = Alle Änderungen gespeichert
save-saving = Wird gespeichert …
save-failed = Nicht gespeichert: exportieren Sie, um Ihre Arbeit zu behalten
save-newer = Nicht gespeichert: in einem anderen Tab geändert
newer-text = Dieser Arbeitsbereich wurde in einem anderen Tab oder Fenster gespeichert, nachdem dieser zuletzt gespeichert hat; hier wird nichts gespeichert, bis Sie wählen. Die neuere Fassung zu öffnen verwirft, was Sie hier seitdem geändert haben; diese zu behalten ersetzt die Änderungen des anderen Tabs (exportieren Sie vorher, um beide zu behalten).
newer-open = Neuere Fassung öffnen
newer-keep = Fassung dieses Tabs behalten
language-label = Sprache
colours-label = Farben
colours-system = Farben des Systems
colours-light = Helle Farben
colours-dark = Dunkle Farben

## Die Werkzeugleiste

toolbar-label = Annotieren
tag-claim = Behauptung
tag-quote = Zitat
tag-framing = Framing
tag-fact = Fakt
tag-button-title = Auswahl als { $tag } markieren (Taste { $key })
tag-button-title-unkeyed = Auswahl als { $tag } markieren
toolbar-undo = Rückgängig
toolbar-undo-title = Rückgängig (Strg+Z)
toolbar-redo = Wiederholen
toolbar-redo-title = Wiederholen (Strg+Umschalt+Z)
toolbar-add-article = Artikel hinzufügen
toolbar-import = Importieren
toolbar-import-title = Annotationen importieren: Framelens, W3C, CSV, doccano, Label Studio oder brat
toolbar-export = Exportieren
toolbar-side-by-side = Nebeneinander
toolbar-side-by-side-title = Artikel nebeneinander lesen, gemeinsame Zitate verknüpft
toolbar-tags = Tags …
toolbar-tags-title = Tags hinzufügen, umbenennen, einfärben, ordnen und definieren
toolbar-exercise = Übung
toolbar-exercise-title = Aus diesen Artikeln eine Übung für eine Klasse machen

## Die Artikel und der Text

articles-label = Artikel
articles-hint = [ und ] wechseln den Artikel
workbench-empty = Keine Artikel. Fügen Sie einen mit „Artikel hinzufügen“ hinzu oder ziehen Sie eine .txt-Datei hierher.
article-edit = Artikel bearbeiten …
article-remove = Artikel entfernen
article-text-label = Artikeltext: Pfeiltasten bewegen, Umschalt erweitert die Auswahl, { $keys } markieren sie, Eingabe wählt die Annotation am Cursor
selection-bar-label = Auswahl markieren
keys-footer = Tasten: Text auswählen (mit der Maus oder Umschalt+Pfeiltasten im Artikel), dann { $keys }. Eingabe wählt die Annotation am Cursor, Entf entfernt die gewählte, Strg+Z macht rückgängig, Strg+Umschalt+Z wiederholt.

## Die Seitenleiste

panel-label = Annotationen
panel-title = Annotationen ({ $count })
panel-counts = Annotationen je Tag
panel-empty = Noch keine Annotationen. Wählen Sie Text im Artikel aus und drücken Sie { $keys } oder wählen Sie oben einen Tag.
panel-more = Mehr zeigen ({ $count } nicht gezeigt)
editor-label = Gewählte Annotation
editor-done = Fertig
editor-tag = Tag
editor-note = Notiz
editor-delete = Annotation löschen

## Meldungen

notice-dismiss = Diese Meldung schließen
notice-stop = Anhalten
orphans-title = Nicht platziert ({ $count })
orphans-hint = Diese importierten Annotationen passen zu keinem Text der geöffneten Artikel, daher wurde nichts geraten. Öffnen Sie ihren Artikel oder behalten Sie die importierte Datei.
orphans-dismiss = Diese Liste schließen

## Der Dialog Tags

tags-title = Tags
tags-hint = Die ersten { $keyed } Tags haben die Tasten 1 bis { $keyed }, in dieser Reihenfolge. Jede Farbe hat ihre eigene Linie, damit Tags auch bei Farbenblindheit und im Druck unterscheidbar bleiben. Ein einziges Rückgängig nimmt zurück, was Sie hier speichern.
tags-name = Name von Tag { $place }
tags-name-placeholder = Name
tags-colour = Farbe von Tag { $place }
tags-definition = Definition von Tag { $place }
tags-definition-placeholder = Was er markiert, in einer Zeile
tags-up = Tag { $place } nach oben
tags-down = Tag { $place } nach unten
tags-remove = Tag { $place } entfernen
tags-remove-button = Entfernen
tags-add = Tag hinzufügen
tags-leaving = { $count ->
    [one] 1 Stelle ist als „{ $tag }“ markiert:
   *[other] { $count } Stellen sind als „{ $tag }“ markiert:
}
tags-leaving-choose = Wählen Sie, was mit ihnen geschieht
tags-leaving-delete = Löschen
tags-leaving-retag = Als { $tag } markieren
tags-cancel = Abbrechen
tags-save = Tags speichern
look-amber = Bernstein, durchgezogene Linie
look-sky = Himmelblau, doppelte Linie
look-pink = Rosa, Wellenlinie
look-green = Grün, gepunktete Linie
look-orange = Orange, gestrichelte Linie
look-blue = Blau, Wellenlinie
look-vermilion = Zinnoberrot, doppelte Linie
look-grey = Grau, gepunktete Linie
look-amber-wavy = Bernstein, Wellenlinie
look-sky-dotted = Himmelblau, gepunktete Linie
look-pink-solid = Rosa, durchgezogene Linie
look-green-double = Grün, doppelte Linie
