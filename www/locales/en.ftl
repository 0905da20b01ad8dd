# Framelens's interface in English. One message per line: an id, "=", the words.
# { $name } is filled in by the page; [one] and *[other] choose by a number.
# Every language file holds the same ids, in the same order.

## The header

opening = Opening your workspace…
save-off = Autosave off: export to keep your work
save-saved = All changes saved
save-saving = Saving…
save-failed = Not saved: export to keep your work
save-newer = Not saved: changed in another tab
newer-text = This workspace was saved in another tab or window after this one last saved, so nothing here is saved until you choose. Opening the newer version drops what you changed here since; keeping this one replaces the other tab's changes (export first to keep both).
newer-open = Open the newer version
newer-keep = Keep this tab's version
language-label = Language
colours-label = Colours
colours-system = System colours
colours-light = Light colours
colours-dark = Dark colours

## The toolbar

toolbar-label = Annotate
tag-claim = Claim
tag-quote = Quote
tag-framing = Framing
tag-fact = Fact
tag-button-title = Tag the selection as { $tag } (key { $key })
tag-button-title-unkeyed = Tag the selection as { $tag }
toolbar-undo = Undo
toolbar-undo-title = Undo (Ctrl+Z)
toolbar-redo = Redo
toolbar-redo-title = Redo (Ctrl+Shift+Z)
toolbar-add-article = Add article
toolbar-import = Import
toolbar-import-title = Import annotations: Framelens, W3C, CSV, doccano, Label Studio or brat
toolbar-export = Export
toolbar-side-by-side = Side by side
toolbar-side-by-side-title = Read articles side by side, with the quotes they share linked
toolbar-tags = Tags…
toolbar-tags-title = Add, rename, colour, order and define the tags
toolbar-exercise = Exercise
toolbar-exercise-title = Make an exercise of these articles for a class

## The articles and the text

articles-label = Articles
articles-hint = [ and ] switch articles
workbench-empty = No articles. Add one with “Add article”, or drop a .txt file here.
article-edit = Edit article…
article-remove = Remove article
article-text-label = Article text: arrow keys move, Shift extends the selection, { $keys } tag it, Enter chooses the annotation at the caret
selection-bar-label = Tag the selection
keys-footer = Keys: select text (mouse or Shift+arrows in the article), then { $keys }. Enter chooses the annotation at the caret, Delete removes the chosen one, Ctrl+Z undo, Ctrl+Shift+Z redo.

## The side panel

panel-label = Annotations
panel-title = Annotations ({ $count })
panel-counts = Annotations per tag
panel-empty = No annotations yet. Select text in the article, then press { $keys } or choose a tag above.
panel-more = Show more ({ $count } not shown)
editor-label = Chosen annotation
editor-done = Done
editor-tag = Tag
editor-note = Note
editor-delete = Delete annotation

## Messages

notice-dismiss = Dismiss this message
notice-stop = Stop
orphans-title = Not placed ({ $count })
orphans-hint = These imported annotations match no text in the open articles, so nothing was guessed. Open their article, or keep the file you imported.
orphans-dismiss = Dismiss this list

## The Tags dialog

tags-title = Tags
tags-hint = The first { $keyed } tags have the keys 1 to { $keyed }, in this order. Each colour has its own line, so tags stay apart for colour-blind readers and in print. One Undo takes back what you save here.
tags-name = Name of tag { $place }
tags-name-placeholder = Name
tags-colour = Colour of tag { $place }
tags-definition = Definition of tag { $place }
tags-definition-placeholder = What it marks, in one line
tags-up = Move tag { $place } up
tags-down = Move tag { $place } down
tags-remove = Remove tag { $place }
tags-remove-button = Remove
tags-add = Add a tag
tags-leaving = { $count ->
    [one] 1 span is tagged “{ $tag }”:
   *[other] { $count } spans are tagged “{ $tag }”:
}
tags-leaving-choose = Choose what becomes of them
tags-leaving-delete = Delete them
tags-leaving-retag = Re-tag them as { $tag }
tags-cancel = Cancel
tags-save = Save tags
look-amber = Amber, solid line
look-sky = Sky blue, double line
look-pink = Pink, wavy line
look-green = Green, dotted line
look-orange = Orange, dashed line
look-blue = Blue, wavy line
look-vermilion = Vermilion, double line
look-grey = Grey, dotted line
look-amber-wavy = Amber, wavy line
look-sky-dotted = Sky blue, dotted line
look-pink-solid = Pink, solid line
look-green-double = Green, double line
