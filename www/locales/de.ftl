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
orphans-more = und { $count } weitere

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

## Daten: „3. Dez. 2026, 08:06“

date = { $day }. { $month } { $year }, { $time }
month-1 = Jan.
month-2 = Feb.
month-3 = März
month-4 = Apr.
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = Aug.
month-9 = Sept.
month-10 = Okt.
month-11 = Nov.
month-12 = Dez.

## Artikel hinzufügen und bearbeiten

add-title = Artikel hinzufügen
article-text = Artikeltext
add-text-placeholder = Artikel hier einfügen
article-title = Titel
article-title-placeholder = Erste Zeile, wenn leer
article-source = Quelle
article-source-placeholder = Medium oder Website
add-files = Oder Dateien öffnen (Text, Markdown, gespeicherte Webseiten, Word, OpenDocument)
add-pasted-source = Eingefügter Text
add-refused = Dieser Text kann nicht hinzugefügt werden: { $reason }.
add-pasted = Aus einer Webseite eingefügt: { $count ->
    [one] { $count } Absatz
   *[other] { $count } Absätze
}; Menüs, Teilen-Schaltflächen, Bildbeschreibungen und Skripte wurden weggelassen.
add-cancel = Abbrechen
add-add = Hinzufügen
edit-title = Artikel bearbeiten
edit-hint = Annotationen folgen ihren Wörtern in den geänderten Text; die es nicht können, stehen unter „Nicht platziert“. Rückgängig bringt alles zurück.
edit-hint-fixed = In der Kopie einer Schülerin bleibt der Text, wie die Lehrkraft ihn ausgeteilt hat; Titel und Quelle können sich ändern.
edit-save = Speichern

## Exportieren und frühere Fassungen

export-title = Exportieren
export-hint = Alle Artikel und Annotationen des Arbeitsbereichs, in einer Datei im gewählten Format.
export-kept = Dieser Browser behält Ihre Arbeit, bis Sie seine Daten löschen; eine Datei ist eine Kopie anderswo.
export-not-kept = Dieser Browser kann Ihre Arbeit löschen, wenn ihm Platz fehlt (Safari, nach einer Woche ohne Besuch): exportieren Sie den Arbeitsbereich ab und zu, um eine Kopie zu behalten.
export-kept-unknown = Ihre Arbeit liegt nur in diesem Browser: exportieren Sie den Arbeitsbereich ab und zu, um eine Kopie zu behalten.
export-versions = Frühere Fassungen …
close = Schließen
format-workspace = Framelens-Arbeitsbereich (JSON)
format-workspace-keeps = Alles: Artikel, Tags, Notizen, Autorinnen und Zeiten. Importieren Sie ihn, um anderswo weiterzuarbeiten.
format-w3c = W3C Web Annotation (JSON-LD)
format-w3c-keeps = Tags, Notizen, Autorinnen und Zeiten, mit Zitat- und Positionsselektoren (Positionen in Codepunkten: Werkzeuge, die UTF-16-Einheiten zählen, sollten über das Zitat verankern). Nicht der Text der Artikel.
format-csv = Tabelle (CSV)
format-csv-keeps = Eine Zeile je Annotation mit zitiertem Text, Notiz, Autorin und Zeit. Nicht der Text der Artikel.
format-doccano = doccano (JSONL)
format-doccano-keeps = Artikel und Tags. Positionen zählen UTF-16-Einheiten, wie doccano. Keine Notizen, Autorinnen oder Zeiten. Schalten Sie in doccano „Allow overlapping entity“ ein und lassen Sie „Count grapheme clusters as one character“ aus.
format-label-studio = Label Studio (JSON)
format-label-studio-keeps = Artikel, Tags und Notizen (als Textfelder je Region). Positionen in Codepunkten. Keine Autorinnen oder Zeiten. Das Label-Studio-Projekt braucht die Konfiguration unten.
format-label-studio-config = Label-Studio-Konfiguration (XML)
format-label-studio-config-keeps = Die Konfiguration für ein Label-Studio-Projekt mit diesen Tags: unter Settings, Labeling Interface, Code des Projekts einfügen.
format-brat = brat standoff (.zip)
format-brat-keeps = Je Artikel eine .txt- und eine .ann-Datei, mit Tags und Notizen. Keine Titel, Autorinnen oder Zeiten; Zeilenumbrüche in Notizen werden Leerzeichen; Zeilenumbrüche und Tabulatoren am Rand von Stellen fallen weg, innen teilen sie die Stelle.
format-report = Druckbarer Bericht (HTML)
format-report-keeps = Jeder Artikel mit farbig unterstrichenen Stellen, eine Legende, Zählungen und Notizen als Fußnoten. Zum Lesen und Drucken; er kann nicht importiert werden.
versions-title = Frühere Fassungen
versions-hint = In diesem Browser behalten: eine je Stunde über den letzten Tag, eine je Tag über die letzte Woche. Eine wiederherzustellen ersetzt, was offen ist; Rückgängig bringt es zurück.
versions-looking = Suche …
versions-none = Noch keine frühere Fassung: die erste wird mit der ersten gespeicherten Änderung behalten, dann eine je Stunde.
versions-unreadable = ein Speicherstand, der nicht gelesen werden konnte
versions-contents = { $articles ->
    [one] { $articles } Artikel
   *[other] { $articles } Artikel
}, { $annotations ->
    [one] { $annotations } Annotation
   *[other] { $annotations } Annotationen
}
versions-entry = { $time }: { $what }, { $kb } KB
versions-restore = Wiederherstellen
versions-restore-label = Die Fassung vom { $time } wiederherstellen
versions-download = Herunterladen
versions-download-label = Die Fassung vom { $time } herunterladen

## Listen: „Medium B, Medium C und Kurdistan24“

list-separator = { ", " }
list-and = { $rest } und { $last }

## Die Übung, für die Lehrkraft

exercise-panel-title = Übung: { $title }
exercise-panel-key = Die Lösung: { $annotations ->
    [one] Ihre { $annotations } Annotation
   *[other] Ihre { $annotations } Annotationen
} in { $articles ->
    [one] ihrem { $articles } Artikel
   *[other] ihren { $articles } Artikeln
}. { $submissions ->
    [one] { $submissions } Abgabe gelesen.
   *[other] { $submissions } Abgaben gelesen.
}
exercise-edit = Übung bearbeiten
exercise-class = Klasse und Rückmeldungen
exercise-outlets = Medien im Vergleich
exercise-label = Übung
exercise-dialog-title = Übung für eine Klasse
exercise-brought-back = Was Sie hier zuvor eingegeben haben, ist wieder da, noch nicht gespeichert: speichern Sie die Übung, um es zu behalten.
exercise-hint = Die Schülerinnen und Schüler erhalten die gewählten Artikel, die Anleitung und den Tag-Leitfaden. Ihre eigenen Annotationen dieser Artikel sind die Lösung: Sie bleiben in Ihrer Lehrkraft-Datei und sind nie in der Datei der Klasse.
exercise-new = Zum ersten Mal hier?
exercise-sample = Die Beispielklasse ausprobieren
exercise-sample-hint = : die Beispielartikel mit Lösung und der Arbeit von fünf Schülerinnen und Schülern.
exercise-title = Titel
exercise-title-placeholder = Wenn leer: { $title }
exercise-articles = Artikel der Übung
exercise-article-key = { $spans ->
    [one] ({ $spans } Lösungsstelle)
   *[other] ({ $spans } Lösungsstellen)
}
exercise-instructions = Anleitung für die Klasse (reiner Text: Leerzeilen zwischen Absätzen, „- “ vor Listenpunkten)
exercise-guide = Tag-Leitfaden: eine Zeile je Tag (die Schaltfläche Tags ändert die Tags selbst)
exercise-definition = Definition von { $tag }
exercise-locked = Die Klasse behält diese Artikel: sie kann keine hinzufügen, entfernen oder importieren
exercise-no-articles = Wählen Sie mindestens einen Artikel für die Übung.
exercise-page = Schülerseite herunterladen (HTML)
exercise-page-title = Eine HTML-Datei, die direkt die Übung öffnet, auch von einem USB-Stick
exercise-student-file = Schülerdatei herunterladen
exercise-teacher-file = Lehrkraft-Datei herunterladen (mit Lösung)
exercise-save = Übung speichern

## Die Übung, für Schülerinnen und Schüler

student-guide = Tag-Leitfaden
student-progress = Ihre Arbeit bisher, Artikel für Artikel
student-progress-article = { $source }: { $spans ->
    [one] { $spans } Stelle
   *[other] { $spans } Stellen
}
student-name = Ihr Name oder Pseudonym
student-hand-in = Abgeben
student-so-far = Bisher { $count ->
    [one] { $count } Annotation
   *[other] { $count } Annotationen
}; Ihre Arbeit wird laufend in diesem Browser gespeichert.
student-not = Nicht { $name }? Als neue Person beginnen
student-continue = Weiter als { $name }
student-ask = Jetzt abgeben?
student-untouched = Sie haben { $articles } noch nicht markiert. Trotzdem abgeben?
student-anyway = Trotzdem abgeben
student-not-yet = Noch nicht

## Die Klasse

class-title = Klasse: { $title }
class-read = Abgaben lesen (beliebig viele Dateien wählen oder ablegen)
class-files = Gelesene Dateien
class-twice = Zweimal abgegeben: welche behalten?
class-handed = abgegeben am { $handed }, { $count ->
    [one] { $count } Annotation
   *[other] { $count } Annotationen
}
class-handed-read = abgegeben am { $handed }, gelesen am { $read }, { $count ->
    [one] { $count } Annotation
   *[other] { $count } Annotationen
}
class-keep-first = Die erste behalten: { $which }
class-keep-this = Diese behalten: { $which }
class-score-hint = Jede Punktzahl gibt Teilpunkte: eine Stelle erhält den Anteil Text, den sie mit der Lösungsstelle teilt, die Hälfte bei einem anderen Tag; 100 ist genau die Lösung. Strenges und partielles F1 in der Übereinstimmungsansicht zählen jede Stelle als gefunden oder nicht.
class-method-title = Wie die Punktzahl berechnet wird
class-method = Jede Ihrer Stellen wird mit höchstens einer Stelle der Lösung gepaart, die Paare mit dem meisten gemeinsamen Text zuerst. Ein Paar erhält seine Überlappung: die Zeichen, die beide Stellen teilen, geteilt durch die Zeichen in einer von beiden (1 für genau dieselbe Stelle), oder die Hälfte davon bei verschiedenen Tags. Die Punktzahl ist das Doppelte der Punkte geteilt durch die Zahl der Lösungsstellen plus die Zahl Ihrer Stellen, sodass fehlende und überzählige Stellen sie beide senken.
class-none = Noch keine Abgaben gelesen.
class-scores = Punktzahlen gegenüber Ihrer Lösung, in % (mit Teilpunkten)
class-student = Schüler/in
class-overall = Gesamt
class-counts = Getroffen · falscher Tag · verfehlt · überzählig
class-feedback = Rückmeldung
class-feedback-page = Rückmeldeseite
class-feedback-for = Rückmeldeseite für { $student }
class-agreement = Übereinstimmung
class-heatmap = Heatmap und Referenzebene
class-csv = Punktzahlen der Klasse (CSV)
class-all-feedback = Alle Rückmeldeseiten

## Übereinstimmung

agreement-title = Übereinstimmung in der Klasse
agreement-overall = { $students } Schüler/innen, je { $words } Wörter. Fleiss' Kappa { $fleiss }: { $reading }. Krippendorffs Alpha { $alpha }.
agreement-most-least = Die Klasse stimmt am meisten bei { $most } überein ({ $most-reading }), am wenigsten bei { $least } ({ $least-reading }).
agreement-one = Die Klasse stimmt bei { $tag } überein: { $reading }.
agreement-none = Noch unterscheiden sich die Tags nicht genug, um Übereinstimmung zu messen.
agreement-pair = { $first } und { $second } stimmen am wenigsten überein ({ $kappa }: { $reading }).
agreement-hovered = { $first } und { $second }: { $kappa }, { $reading }
reading-none = nicht definiert: alle gaben jedem Wort dasselbe Label
reading-0 = weniger Übereinstimmung als der Zufall
reading-1 = geringe Übereinstimmung: kaum mehr als Zufall
reading-2 = ausreichende Übereinstimmung
reading-3 = mittlere Übereinstimmung: die Klasse sieht oft dasselbe
reading-4 = beachtliche Übereinstimmung
reading-5 = fast vollkommene Übereinstimmung
measure-cohen = Cohens Kappa
measure-cohen-meaning = wie weit zwei Schüler/innen über den Zufall hinaus übereinstimmen: 1 immer, 0 wie Zufall, unter 0 weniger als Zufall.
measure-fleiss = Fleiss' Kappa
measure-fleiss-meaning = dasselbe für die ganze Klasse auf einmal.
measure-alpha = Krippendorffs Alpha
measure-alpha-meaning = Übereinstimmung der Klasse, anders gemessen; nahe an Fleiss' Kappa, wenn alle jeden Artikel markiert haben.
measure-f1 = Strenges und partielles F1
measure-f1-meaning = wie gut die Stellen einer Person zur Lösung passen, von 0 bis 1: streng zählt nur genau Stelle und Tag der Lösung, partiell jede Überlappung mit dem Tag der Lösung. Die Punktzahl der Klassentabelle liegt dazwischen: Teilpunkte für den gemeinsamen Text und die Hälfte bei falschem Tag.
agreement-counted = Wie gezählt wird
agreement-unit = Die Einheit ist das Wort (Unicode-Wortgrenzen; Leerzeichen und Satzzeichen sind keine Wörter). Jede Person gibt jedem Wort ein Label: kein Tag oder den Tag ihrer kürzesten Stelle darüber. Je Tag zählt ein Wort als dieser Tag oder nicht, sodass überlappende Stellen verschiedener Tags jede für sich zählen. Kappa und Alpha sind 1 bei voller Übereinstimmung und 0 bei dem, was der Zufall allein ergäbe.
agreement-per-tag = Je Tag
agreement-tag = Tag
agreement-reading = Deutung
agreement-matrix = Cohens Kappa zwischen je zwei Schüler/innen
agreement-matrix-drawn = Kappa zwischen je zwei Schüler/innen; die Werte stehen in der Tabelle darunter
agreement-matrix-table = Die Matrix als Tabelle
agreement-f1 = Strenges und partielles F1 gegenüber der Lösung
agreement-strict = Streng (genaue Stellen)
agreement-partial = Partiell (überlappende Stellen)
agreement-confusion = Wörter nach Tag der Lösung (Zeilen) und Tag der Klasse (Spalten), alle Schüler/innen
agreement-no-tag = Kein Tag
band-0 = unter Zufall
band-1 = gering
band-2 = ausreichend
band-3 = mittel
band-4 = beachtlich
band-5 = fast vollkommen

## Heatmap und Referenzebene

heatmap-title = Wo die Klasse markiert hat
heatmap-article = Artikel
heatmap-tag = Tag
heatmap-all = Alle Tags
heatmap-legend = Schüler/innen, die es markiert haben, kräftigere Farbe bei mehr:
heatmap-legend-tag = Schüler/innen, die es als { $tag } markiert haben, kräftigere Farbe bei mehr:
heatmap-in-gold = in der Referenzebene
heatmap-chosen = Gewählte Stelle
heatmap-hint = Zeigen oder fokussieren Sie eine Stelle, um zu sehen, wer sie markiert hat. Bei fokussierter Stelle: Eingabe übernimmt den Tag der Mehrheit, die Taste eines Tags diesen Tag, Entf entfernt sie aus der Referenzebene.
heatmap-gold = Referenzebene: { $count ->
    [one] { $count } Stelle
   *[other] { $count } Stellen
}.
heatmap-stretch = { $count } von { $students } Schüler/innen
heatmap-stretch-gold = { $count } von { $students } Schüler/innen, Referenz: { $tag }
heatmap-accept = Als { $tag } übernehmen
heatmap-accept-majority = Als { $tag } übernehmen (Mehrheit)
heatmap-remove = Aus der Referenz entfernen ({ $tag })
gold-article = Die Referenzebene zur Lösung dieses Artikels machen …
gold-every = … zur Lösung aller Artikel
gold-replace-label = Die Lösung ersetzen
gold-replaced = Ihre Lösung wird durch die Referenzebene ersetzt:
gold-change = { $title }: jetzt { $now } Lösungsstellen, danach { $after }
gold-undo = Rückgängig bringt die alte Lösung zurück.
gold-replace = Die Lösung ersetzen

## Medien im Vergleich und nebeneinander

outlets-title = Medien im Vergleich
outlets-counted = Gezählte Annotationen
outlets-key = Die Lösung
outlets-yours = Ihre Annotationen
outlets-majority = Die Mehrheit der Klasse
outlets-gold = Die Referenzebene
outlets-outlet = Medium
outlets-spans = Stellen je Tag: { $name }
outlets-spans-chart = Stellen je Tag und Medium, { $name }
outlets-share = Markierter Anteil des Texts: { $name }
outlets-share-chart = Anteil des Texts jedes Mediums unter jedem Tag, { $name }
side-title = Nebeneinander
side-shown = Gezeigte Artikel
side-quotes = { $count ->
    [one] { $count } Zitat erscheint
   *[other] { $count } Zitate erscheinen
} in mehr als einem dieser Artikel (dieselben Wörter, gleich welche Anführungszeichen, Striche oder Abstände). Wählen Sie eines, um es in den anderen zu sehen.
side-also = { $others ->
    [one] Zitat auch in { $others } weiteren Artikel
   *[other] Zitat auch in { $others } weiteren Artikeln
}
agreement-point = Zeigen Sie auf ein Feld, um Paar und Wert zu sehen.

## Was die Seite nach dem sagt, was sie getan hat

download-refused = Der Browser hat den Download abgelehnt.
file-unread = { $reason }; nichts hat sich geändert.
file-refused = { $file } kann nicht geöffnet werden: { $reason }.
page-refused = Die Schülerseite konnte nicht erstellt werden: { $reason }. Teilen Sie stattdessen die Schülerdatei aus.
name-first = Geben Sie zuerst Ihren Namen oder ein Pseudonym ein, damit Ihre Lehrkraft weiß, wessen Arbeit es ist.
handed-in = Als { $name } abgegeben: geben Sie die heruntergeladene Datei Ihrer Lehrkraft. Sie können weiterarbeiten und erneut abgeben.
student-kept = Die Arbeit von { $name } bleibt auf diesem Computer, um später hier fortgesetzt zu werden. Geben Sie Ihren eigenen Namen ein und beginnen Sie.
student-not-kept = Die Arbeit von { $name } konnte nicht beiseitegelegt werden: { $reason }.
own-not-kept = Ihre Arbeit konnte nicht beiseitegelegt werden: { $reason }.
welcome-back = Willkommen zurück, { $name }: Ihre Arbeit ist geöffnet.
student-unopened = Die Arbeit von { $name } konnte nicht geöffnet werden.
version-unread = Die Fassung vom { $time } konnte nicht gelesen werden: { $reason }.
version-gone = Die Fassung vom { $time } ist nicht mehr vorhanden.
other-tab-unread = Die im anderen Tab gespeicherte Fassung konnte nicht gelesen werden ({ $reason }); diese bleibt geöffnet.
other-tab-updated = Mit den Änderungen aus einem anderen Tab aktualisiert.
other-tab-opened = Die im anderen Tab gespeicherte Fassung ist geöffnet.
remind-student = Ihre Arbeit liegt nur in diesem Browser. Geben Sie sie ab und zu ab: die Datei ist Ihre Kopie.
remind-never = Ihre Arbeit liegt nur in diesem Browser und wurde hier noch nie exportiert. Exportieren Sie den Arbeitsbereich ab und zu, um eine Kopie zu behalten.
remind-days = Ihre Arbeit liegt nur in diesem Browser und wurde zuletzt vor { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
} exportiert. Exportieren Sie den Arbeitsbereich ab und zu, um eine Kopie zu behalten.
autosave-failed = Automatisches Speichern fehlgeschlagen: { $reason }. Exportieren Sie den Arbeitsbereich, um Ihre Arbeit zu behalten.
class-unsaved = Die Klasse konnte nicht gespeichert werden: { $reason }.
saved-items-lost = { $count ->
    [one] { $count } Teil
   *[other] { $count } Teile
} des gespeicherten Arbeitsbereichs konnten nicht geöffnet werden: { $items }. Der Speicherstand, wie er war, bleibt unter den früheren Fassungen (Exportieren, dann Frühere Fassungen).
saved-steps-lost = Ihre Arbeit ist geöffnet, aber { $lost } konnten nicht wiederhergestellt werden. Prüfen Sie sie und exportieren Sie den Arbeitsbereich, um eine Kopie zu behalten.
saved-unread = Der gespeicherte Arbeitsbereich konnte nicht gelesen werden ({ $reason }). Er bleibt unter den früheren Fassungen (Exportieren, dann Frühere Fassungen), wo Sie ihn herunterladen können; stattdessen ist ein neuer Arbeitsbereich geöffnet.
autosave-off = Automatisches Speichern ist aus: { $reason }. Exportieren Sie den Arbeitsbereich, um Ihre Arbeit zu behalten.
baked-unread = Die Übung dieser Seite konnte nicht geöffnet werden: { $reason }.

## Was die Seite nach einer Handlung sagt

removed = { $title } und seine Annotationen wurden entfernt. Rückgängig bringt sie zurück.
already-open = Dieser Artikel ist schon geöffnet; hier ist er.
not-teacher = Das sind Abgaben von Schülerinnen und Schülern. Öffnen Sie die Lehrkraft-Datei der Übung (den beim Erstellen exportierten Arbeitsbereich), um sie zu lesen; nichts hat sich geändert.
read-files = { $read } von { $count ->
    [one] { $count } Datei
   *[other] { $count } Dateien
} gelesen; { $students ->
    [one] { $students } Person
   *[other] { $students } Personen
} in der Klasse. Die Meldung zu jeder Datei steht unter Klasse und Rückmeldungen.
student-copy-refused = { $file } wurde nicht importiert, nichts hat sich geändert: es ist die Kopie einer Schülerin oder eines Schülers der Übung { $title }, und der Import würde Ihre Lehrkraft-Kopie zu einer Schülerkopie machen. Lesen Sie die Arbeiten unter Klasse und Rückmeldungen.
import-stopped = Import von { $file } angehalten: nichts hat sich geändert.
import-refused = { $file } wurde nicht importiert, nichts hat sich geändert: { $reason }.
import-failed = Nichts wurde importiert: { $reason }.
import-exercise = Die Übung { $title } ist geöffnet: Anleitung und Tag-Leitfaden stehen über den Artikeln.
import-done = { $articles ->
    [one] { $articles } Artikel
   *[other] { $articles } Artikel
} und { $annotations ->
    [one] { $annotations } Annotation
   *[other] { $annotations } Annotationen
} importiert.
import-reanchored = { $count ->
    [one] { $count } wurde über ihren zitierten Text platziert
   *[other] { $count } wurden über ihren zitierten Text platziert
}, in einem geänderten Text.
import-orphans = { $count } konnten nicht platziert werden; sie stehen unter „Nicht platziert“.
import-new-tags = { $count ->
    [one] Neuer Tag
   *[other] Neue Tags
}: { $tags }.
import-note = Hinweis: { $note }.
import-skipped = { $count ->
    [one] { $count } Eintrag wurde
   *[other] { $count } Einträge wurden
} übersprungen: { $items }
articles-fixed = Ihre Lehrkraft hat die Artikel dieser Übung festgelegt: hier kann keiner hinzugefügt, entfernt oder importiert werden.
select-first = Wählen Sie zuerst Text im Artikel aus, dann drücken Sie { $key } oder wählen { $tag }.
select-first-unkeyed = Wählen Sie zuerst Text im Artikel aus, dann wählen Sie { $tag }.
tags-fixed = Die Tags dieser Übung sind die Ihrer Lehrkraft: in Ihrer Kopie können sie sich nicht ändern.
edit-orphans = Der Text wurde geändert. { $count ->
    [one] { $count } Annotation konnte ihm nicht in den neuen Text folgen; sie steht
   *[other] { $count } Annotationen konnten ihm nicht in den neuen Text folgen; sie stehen
} unter „Nicht platziert“. Rückgängig bringt den alten Text zurück.
edit-refused = Der Artikel wurde nicht geändert: { $reason }.
reading-file = { $file } wird gelesen …
importing-read = { $file } wird importiert: { $done } von { $total } Annotationen gelesen …
importing-placed = { $file } wird importiert: { $done } von { $total } Annotationen platziert …
gold-now-key = Die Referenzebene ist jetzt die Lösung: { $changes }. Rückgängig bringt die alte Lösung zurück.
gold-change-said = { $title } von { $now } auf { $after }
sample-opened = Das ist die Beispielübung, wie ihre Lehrkraft sie sieht: die Markierungen sind die Lösung, und fünf Beispielschüler haben abgegeben. Öffnen Sie „Klasse und Rückmeldungen“, um ihre Punktzahlen zu sehen.
nothing-undo = Nichts rückgängig zu machen.
nothing-redo = Nichts zu wiederholen.
restored = Die Fassung vom { $time } ist wiederhergestellt. Rückgängig bringt zurück, was vorher offen war.
tag-claim-definition = Eine Aussage, über die man streiten oder die man prüfen könnte: was jemand für wahr erklärt.
tag-quote-definition = Worte, die als die eigenen von jemandem wiedergegeben werden, in Anführungszeichen oder zugeschrieben.
tag-framing-definition = Wortwahl, die Menschen oder Ereignisse in ein bestimmtes Licht rückt: Namen, Titel, Etiketten, aufgeladene Wörter.
tag-fact-definition = Ein prüfbares Detail, das niemand bestreitet: ein Datum, ein Ort, eine Zahl, ein Ereignis.

## Rückmeldeseiten, in der Sprache der Übung

feedback-title = Rückmeldung: { $title }
feedback-who = { $student } · abgegeben am { $handed }
feedback-overall = Gesamtpunktzahl: { $score } (Teilpunkte: ein F1-Wert von 100)
feedback-teacher-note = Notiz der Lehrkraft
feedback-your-note = Ihre Notiz
feedback-matched = Gefunden, mit demselben Tag
feedback-wrong = Gefunden, aber als { $given } markiert, wo die Lösung { $key } sagt
feedback-missed = Verfehlt: in der Lösung, nicht markiert
feedback-extra = Nicht in der Lösung
feedback-nothing = Hier gibt es nichts zu markieren, und nichts ist markiert: nicht bewertet.
feedback-score = Punktzahl { $score } %: { $matched ->
    [one] { $matched } Stelle
   *[other] { $matched } Stellen
} mit demselben Tag gefunden, { $wrong } mit anderem Tag, { $missed } verfehlt, { $extra ->
    [one] { $extra } nicht in der Lösung
   *[other] { $extra } nicht in der Lösung
}.
feedback-what = Was geschah
feedback-key = Die Lösung
feedback-yours = Ihre
feedback-points = Punkte

## Was die Klassenansicht zu jeder Datei sagt

file-not-submission = Nicht gelesen: das ist { $what }, keine Abgabe. Nichts hat sich geändert.
file-not-read = Nicht gelesen: { $reason }.
file-read = Gelesen: { $student }, { $count ->
    [one] { $count } Annotation
   *[other] { $count } Annotationen
}.
file-read-again = Schon gelesen: { $student }, { $count ->
    [one] { $count } Annotation
   *[other] { $count } Annotationen
}; nichts hat sich geändert.
file-twice = { $student } hat zweimal abgegeben: die zuerst gelesene Datei sagt { $first }, diese { $later }. Beide stehen unten: wählen Sie, welche bleibt; bis dahin zählt die erste.

## Dateien lesen: was gelesen, was übersprungen wurde, und warum

warning-separator = {"; "}
skipped = { $at }: übersprungen, { $why }
read-as = { $name } wurde als { $how } gelesen: { $paragraphs ->
    [one] { $paragraphs } Absatz
   *[other] { $paragraphs } Absätze
}, Titel { $title }.
read-plain = reiner Text
read-plain-in = reiner Text in { $encoding }
read-markdown = Markdown, ohne Auszeichnungen
read-markdown-in = Markdown in { $encoding }, ohne Auszeichnungen
read-word = Word-Dokument
read-opendocument = OpenDocument-Text
encoding-utf16 = UTF-16 („Unicode-Text“)
encoding-windows-1252 = Windows-1252 (westeuropäisch, aus älteren Windows-Programmen)
read-web-page = { $name } wurde als gespeicherte Webseite gelesen: { $parts }. Menüs, Teilen-Knöpfe, Kommentare und Skripte wurden weggelassen.
web-paragraphs = { $count ->
    [one] { $count } Absatz
   *[other] { $count } Absätze
}
web-titled = Titel { $title }
web-from = von { $site }
web-by = verfasst von { $byline }
web-published = veröffentlicht am { $date }
document-empty = der Text ist leer
document-too-large = der Text ist größer als { $limit } MB, das Höchste, was ein Artikel fassen kann
document-not-text = das ist keine Textdatei (UTF-8, UTF-16 oder Windows-1252 erwartet)
offset-past-end = Position { $offset } liegt hinter dem Textende ({ $length })
offset-inside-character = Position { $offset } liegt mitten in einem Zeichen
offsets-reversed = seine Positionen { $start } und { $end } sind leer oder vertauscht
anchor-nothing = es hat weder ein Zitat noch eine Position im Artikel
anchor-not-found = sein Text „{ $quote }“ steht nicht im Artikel
anchor-budget-spent = sein Text „{ $quote }“ steht nicht wörtlich im Artikel, und zu viele andere wurden schon ungefähr gesucht
anchor-not-even-approximately = sein Text „{ $quote }“ steht nicht im Artikel, auch nicht ungefähr
anchor-too-long = sein Text „{ $quote }“ ist länger als der Artikel
anchor-ambiguous = sein Text „{ $quote }“ kommt { $count }-mal vor, und nichts sagt, welche Stelle gemeint ist
place-no-quote = sein Artikel ist hier nicht geöffnet, und es trägt kein Zitat, an dem es sich finden ließe
place-not-near = { $why }; sein eigener Artikel ist hier nicht geöffnet, daher wurde keine ungefähre Suche versucht
place-nothing-open = kein Artikel ist geöffnet, in den es käme
skip-id-twice = seine Kennung { $id } kommt zweimal vor
record-id-exists = { $at }: eine Annotation mit der Kennung { $id } gibt es schon; die im Arbeitsbereich bleibt
import-kept-for-notes = { $count ->
    [one] { $count } Annotation liegt auf Wörtern, die hier schon gleich markiert sind, mit einer anderen Anmerkung; sie bleibt daneben erhalten
   *[other] { $count } Annotationen liegen auf Wörtern, die hier schon gleich markiert sind, mit anderen Anmerkungen; sie bleiben daneben erhalten
}
import-already-here = { $count ->
    [one] { $count } Annotation war schon da und wurde weggelassen
   *[other] { $count } Annotationen waren schon da und wurden weggelassen
}
skip-tag-not-exercises = seine Markierung „{ $tag }“ gehört nicht zu dieser Übung
skip-tag-unnamable = „{ $tag }“ kann kein Name einer Markierung sein
import-too-large = die Datei ist größer als { $limit } MB, das Höchste, was Framelens importiert
import-lone-ann = eine .ann-Datei von brat wird mit ihrer .txt gelesen: beide (und alle weiteren) in eine .zip legen und diese importieren
import-not-text = das ist keine Textdatei (UTF-8, UTF-16 oder Windows-1252 erwartet)
import-encoding = die Datei wurde als { $encoding } gelesen
import-unknown-json = dieses JSON ist in keinem Format, das Framelens liest (Framelens-Arbeitsbereich, W3C-Webannotationen, Label-Studio-Aufgaben oder doccano-JSONL)
import-invalid = das ist keine gültige Datei: Zeile { $line }, Spalte { $column } ({ $detail })
at-file = { $file }
at-file-line = { $file }, Zeile { $line }
brat-nothing = dieses Archiv enthält weder .txt- und .ann-Dateien von brat noch .jsonl-Dateien von doccano
brat-lone-ann = { $stem }.ann wurde übersprungen: daneben liegt keine { $stem }.txt
brat-unread = { $file }: { $count ->
    [one] { $count } Zeile mit Relationen, Ereignissen oder Attributen wurde nicht gelesen
   *[other] { $count } Zeilen mit Relationen, Ereignissen oder Attributen wurden nicht gelesen
}; Framelens kennt nur markierte Stellen
brat-no-offsets = es hat keine Positionen
brat-no-type = es hat keinen Typ
brat-not-offsets = „{ $fragment }“ ist kein Paar von Positionen
brat-text-differs = sein Text „{ $text }“ ist nicht der Text an seinen Positionen, wie brat es verlangt
brat-fragments-apart = seine Teile liegen auseinander; Stellen in Framelens sind zusammenhängend
file-empty = die Datei ist leer
no-tag = es hat keine Markierung
at-row = Zeile { $line }
csv-unclosed = die Zeile ab Zeile { $line } hat ein Feld in Anführungszeichen, das nie geschlossen wird
csv-no-header = die erste Zeile muss die Spalten benennen, mindestens „tag“ und „text“ (oder „start“ und „end“)
csv-offsets-unordered = { $at }: Anfang „{ $start }“ und Ende „{ $end }“ sind keine zwei Positionen in richtiger Reihenfolge; nach seinem Text platziert
at-said = { $at }: { $what }
at-line = Zeile { $line }
at-record = Datensatz { $n }
at-label = { $at }, Label { $n }
at-in-file = { $file }, { $at }
not-utf8 = das ist kein UTF-8-Text
doccano-no-text = es hat kein „text“
no-label = es hat kein Label
offsets-not-numbers = seine Positionen sind keine zwei ganzen Zahlen
in-utf16 = { $why } (in UTF-16-Einheiten gezählt)
at-task = Aufgabe { $n }
at-annotation-of = { $at }, Annotation { $n }
at-result = { $at }, Ergebnis { $n }
label-studio-min-not-list = der JSON-MIN-Export von Label Studio ist eine Liste von Aufgaben, und das hier ist keine Liste
label-studio-no-text = seine Daten enthalten keinen Text
label-studio-no-place = es hat weder Positionen in richtiger Reihenfolge noch Text
empty-label-skipped = ein leeres Label wurde übersprungen
id-not-uuid = „{ $id }“ ist keine UUID
at-annotation = Annotation { $n }
at-document = Artikel { $n } ({ $title })
newer-version = diese Datei hat die Version { $version }, neuer als die, die dieses Framelens liest ({ $known }); bitte Framelens aktualisieren
native-not-workspace = das ist keine Arbeitsbereich-Datei von Framelens (ihr „format“ ist nicht „{ $format }“)
native-text-changed = der Text von { $title } wurde nach dem Export geändert; er öffnet sich als eigener Artikel, und seine Annotationen werden nach ihren Zitaten platziert
native-exercise-left-out = die Übung wurde weggelassen: { $why }
exercise-article-unread = der Artikel { $title } kann nicht geöffnet werden: { $why }
exercise-article-changed = der Artikel { $title } wurde nach dem Erstellen der Übung geändert; bitte die Datei neu anfordern
file-tags-broken = die Markierungen der Datei sind nicht verwendbar: { $why }
file-exercise-broken = die Übung in dieser Datei ist beschädigt: { $why }
exercise-no-id = sie hat keine gültige Kennung
exercise-too-long = ihr Titel oder ihre Anleitung ist viel zu lang
exercise-article-missing = sie nennt einen Artikel, den die Datei nicht enthält
exercise-no-role = ihre Rolle ist weder Lehrkraft noch Schüler
tags-none = mindestens eine Markierung behalten
tags-too-many = ein Arbeitsbereich hat höchstens { $limit } Markierungen
tags-unnamed = jede Markierung braucht einen Namen
tags-name-too-long = der Markierungsname „{ $tag }“ ist länger als { $limit } Zeichen
tags-name-broken = der Markierungsname „{ $tag }“ enthält einen Tabulator oder Zeilenumbruch
tags-same-name = zwei Markierungen heißen „{ $tag }“
zip-cut-short = dieses ZIP-Archiv ist abgeschnitten oder beschädigt
zip-not-zip = das ist kein ZIP-Archiv
zip-64 = dieses Archiv ist im ZIP64-Format, das Framelens nicht liest
zip-encrypted = { $file } ist in diesem Archiv verschlüsselt
zip-too-large = dieses Archiv wird entpackt größer als { $limit } MB, das Höchste, was Framelens importiert
zip-damaged = { $file } ist in diesem Archiv beschädigt
zip-method = { $file } ist mit Methode { $method } gepackt, die Framelens nicht liest
zip-checksum = { $file } ist in diesem Archiv beschädigt (seine Prüfsumme stimmt nicht)
office-not = das ist kein { $kind }: es enthält keinen Text
office-empty = das ist ein { $kind } ohne jeden Text
w3c-pages-elsewhere = die Seiten dieser Sammlung liegen anderswo (ihr „first“ ist ein Link); bitte die Seiten selbst speichern
w3c-not-object = es ist kein JSON-Objekt
w3c-no-tag = es hat keinen Markierungs-Body (tagging)
w3c-no-target = es hat kein Ziel
w3c-position-unordered = sein TextPositionSelector ist keine zwei Positionen in richtiger Reihenfolge; nach seinem Zitat platziert
journal-article-unread = ein Artikel konnte nicht gelesen werden: { $why }
journal-article-differs = der Text eines Artikels weicht vom gespeicherten ab
journal-no-tag = eine Annotation hat keine Markierung
journal-not-fingerprint = „{ $text }“ ist kein Fingerabdruck eines Artikels
lost-history = der Rückgängig-Verlauf von vor dem Neuladen
lost-changes = { $count ->
    [one] die letzte Änderung
   *[other] die letzten { $count } Änderungen
}
submission-not-text = es ist keine Textdatei
submission-not-submission = es ist keine Framelens-Abgabe
submission-other-exercise = es ist für eine andere Übung, { $title }
submission-no-student = es hat keinen Schülernamen
submission-article-changed = der Text des Artikels { $title } weicht von dem der Übung ab (er wurde geändert), daher kann er nicht bewertet werden
submission-article-missing = der Artikel { $title } ist nicht darin (er wurde aus der Schülerkopie entfernt), daher kann er nicht bewertet werden
submission-too-many = es enthält { $count } Annotationen, mehr als jemand von Hand macht
submission-off-exercise = sie liegt auf einem Artikel, der nicht zur Übung gehört
submission-outside = ihre Stelle { $start }–{ $end } liegt außerhalb ihres Artikels
submission-other-tag = ihre Markierung „{ $tag }“ gehört nicht zur Übung
sentence = { $what }.
edit-no-article = dieser Artikel ist nicht im Arbeitsbereich
edit-article-open = dieser Artikel ist schon geöffnet
edit-no-annotation = keine Annotation hat die Kennung { $id }
edit-annotation-exists = eine Annotation mit der Kennung { $id } gibt es schon
edit-empty = zuerst Text auswählen
edit-outside = die Stelle { $start }–{ $end } liegt außerhalb des Artikels (Länge { $length })
edit-no-tag = der Arbeitsbereich hat keine Markierung „{ $tag }“
edit-tag-in-use = Annotationen sind noch als „{ $tag }“ markiert: zuerst anders markieren oder löschen
tags-row-same-name = Zwei Markierungen heißen „{ $tag }“: Geben Sie jeder einen eigenen Namen.
tags-no-target = Es gibt keine Markierung „{ $tag }“, zu der die Stellen wechseln könnten.
tags-say-leaving = Sagen Sie, was aus den als „{ $tag }“ markierten Stellen wird: anders markieren oder löschen.
article-edit-gone = dieser Artikel ist nicht mehr geöffnet
article-edit-locked = in der Schülerkopie einer Übung bleibt der Text der Artikel, wie er ausgeteilt wurde
article-edit-same-text = ein anderer geöffneter Artikel hat genau diesen Text
kind-zip = ein ZIP-Archiv
kind-exercise = eine Übungsdatei, wie sie an Schüler ausgeteilt wird
kind-workspace = ein Framelens-Arbeitsbereich
kind-csv = eine Tabelle (CSV)
kind-doccano = eine doccano-Datei (JSONL)
kind-w3c = eine Datei mit W3C-Webannotationen
kind-json = eine JSON-Datei
kind-text = eine Textdatei
kind-file = eine Datei
exercise-untitled = Übung
exercise-one = { $title }
exercise-two = { $first } und { $second }
exercise-more = { $first }, { $second } und { $count } weitere

## Was der Browser sagt

with-detail = { $what } ({ $detail })
storage-unopened = der Speicher des Browsers ließ sich nicht öffnen
storage-full = der Speicher des Browsers ist voll oder gesperrt
storage-no-indexeddb = dieser Browser bietet dieser Seite kein IndexedDB
storage-piece-missing = ein Teil der gespeicherten Arbeit fehlt im Speicher des Browsers
file-too-large = { $file } ist größer als { $limit } MB
file-not-readable = { $file } konnte nicht gelesen werden
page-too-deep = diese Seite verschachtelt ihre Elemente mehr als { $depth } Ebenen tief, wie es keine Nachrichtenseite tut, daher wurde sie nicht gelesen
page-unreadable = der Browser konnte diese Seite nicht lesen
page-not-html = das ist keine als HTML gespeicherte Webseite
page-no-article = auf dieser Seite wurde kein Artikeltext gefunden
single-file-missing = die Seite in einer Datei (framelens.html) liegt nicht neben dieser Seite

## Der Druckbericht

report-title = Framelens-Bericht
report-summary = { $articles ->
    [one] { $articles } Artikel
   *[other] { $articles } Artikel
}, { $annotations ->
    [one] { $annotations } Annotation
   *[other] { $annotations } Annotationen
}.
report-legend = Legende
report-legend-item = { $line } unterstrichen, insgesamt { $count }
report-notes = Anmerkungen
report-back = Zurück zum Text
line-solid = durchgehend
line-double = doppelt
line-wavy = wellig
line-dotted = gepunktet
line-dashed = gestrichelt
