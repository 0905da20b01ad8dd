# L'interface de Framelens en français. Un message par ligne : un identifiant, « = », les mots.
# { $name } est rempli par la page ; [one] et *[other] choisissent selon un nombre.
# Chaque fichier de langue a les mêmes identifiants, dans le même ordre.

## L'en-tête

opening = Ouverture de votre espace de travail…
save-off = Sauvegarde automatique désactivée : exportez pour garder votre travail
save-saved = Toutes les modifications sont enregistrées
save-saving = Enregistrement…
save-failed = Non enregistré : exportez pour garder votre travail
save-newer = Non enregistré : modifié dans un autre onglet
newer-text = Cet espace de travail a été enregistré dans un autre onglet ou une autre fenêtre depuis le dernier enregistrement de celui-ci : rien n'est enregistré ici tant que vous n'avez pas choisi. Ouvrir la version plus récente abandonne ce que vous avez modifié ici depuis ; garder celle-ci remplace les modifications de l'autre onglet (exportez d'abord pour garder les deux).
newer-open = Ouvrir la version plus récente
newer-keep = Garder la version de cet onglet
language-label = Langue
colours-label = Couleurs
colours-system = Couleurs du système
colours-light = Couleurs claires
colours-dark = Couleurs sombres

## La barre d'outils

toolbar-label = Annoter
tag-claim = Affirmation
tag-quote = Citation
tag-framing = Cadrage
tag-fact = Fait
tag-button-title = Étiqueter la sélection comme { $tag } (touche { $key })
tag-button-title-unkeyed = Étiqueter la sélection comme { $tag }
toolbar-undo = Annuler
toolbar-undo-title = Annuler (Ctrl+Z)
toolbar-redo = Rétablir
toolbar-redo-title = Rétablir (Ctrl+Maj+Z)
toolbar-add-article = Ajouter un article
toolbar-import = Importer
toolbar-import-title = Importer des annotations : Framelens, W3C, CSV, doccano, Label Studio ou brat
toolbar-export = Exporter
toolbar-side-by-side = Côte à côte
toolbar-side-by-side-title = Lire les articles côte à côte, avec les citations qu'ils partagent reliées
toolbar-tags = Étiquettes…
toolbar-tags-title = Ajouter, renommer, colorer, ordonner et définir les étiquettes
toolbar-exercise = Exercice
toolbar-exercise-title = Faire de ces articles un exercice pour une classe

## Les articles et le texte

articles-label = Articles
articles-hint = [ et ] changent d'article
workbench-empty = Aucun article. Ajoutez-en un avec « Ajouter un article », ou déposez ici un fichier .txt.
article-edit = Modifier l'article…
article-remove = Retirer l'article
article-text-label = Texte de l'article : les flèches déplacent, Maj étend la sélection, { $keys } l'étiquettent, Entrée choisit l'annotation au curseur
selection-bar-label = Étiqueter la sélection
keys-footer = Touches : sélectionnez du texte (à la souris ou avec Maj+flèches dans l'article), puis { $keys }. Entrée choisit l'annotation au curseur, Suppr retire celle choisie, Ctrl+Z annule, Ctrl+Maj+Z rétablit.

## Le panneau latéral

panel-label = Annotations
panel-title = Annotations ({ $count })
panel-counts = Annotations par étiquette
panel-empty = Pas encore d'annotation. Sélectionnez du texte dans l'article, puis appuyez sur { $keys } ou choisissez une étiquette ci-dessus.
panel-more = Afficher plus ({ $count } non affichées)
editor-label = Annotation choisie
editor-done = Terminé
editor-tag = Étiquette
editor-note = Note
editor-delete = Supprimer l'annotation

## Les messages

notice-dismiss = Fermer ce message
notice-stop = Arrêter
orphans-title = Non placées ({ $count })
orphans-hint = Ces annotations importées ne correspondent à aucun texte des articles ouverts : rien n'a été deviné. Ouvrez leur article, ou gardez le fichier importé.
orphans-dismiss = Fermer cette liste

## La fenêtre Étiquettes

tags-title = Étiquettes
tags-hint = Les { $keyed } premières étiquettes ont les touches 1 à { $keyed }, dans cet ordre. Chaque couleur a son propre trait, pour que les étiquettes restent distinctes pour les daltoniens et à l'impression. Une seule annulation reprend ce que vous enregistrez ici.
tags-name = Nom de l'étiquette { $place }
tags-name-placeholder = Nom
tags-colour = Couleur de l'étiquette { $place }
tags-definition = Définition de l'étiquette { $place }
tags-definition-placeholder = Ce qu'elle marque, en une ligne
tags-up = Monter l'étiquette { $place }
tags-down = Descendre l'étiquette { $place }
tags-remove = Retirer l'étiquette { $place }
tags-remove-button = Retirer
tags-add = Ajouter une étiquette
tags-leaving = { $count ->
    [one] 1 passage porte l'étiquette « { $tag } » :
   *[other] { $count } passages portent l'étiquette « { $tag } » :
}
tags-leaving-choose = Choisissez ce qu'ils deviennent
tags-leaving-delete = Les supprimer
tags-leaving-retag = Les étiqueter { $tag }
tags-cancel = Annuler
tags-save = Enregistrer les étiquettes
look-amber = Ambre, trait plein
look-sky = Bleu ciel, trait double
look-pink = Rose, trait ondulé
look-green = Vert, trait pointillé
look-orange = Orange, trait tireté
look-blue = Bleu, trait ondulé
look-vermilion = Vermillon, trait double
look-grey = Gris, trait pointillé
look-amber-wavy = Ambre, trait ondulé
look-sky-dotted = Bleu ciel, trait pointillé
look-pink-solid = Rose, trait plein
look-green-double = Vert, trait double

## Les dates : « 3 déc. 2026, 08:06 »

date = { $day } { $month } { $year }, { $time }
month-1 = janv.
month-2 = févr.
month-3 = mars
month-4 = avr.
month-5 = mai
month-6 = juin
month-7 = juil.
month-8 = août
month-9 = sept.
month-10 = oct.
month-11 = nov.
month-12 = déc.

## Ajouter et modifier un article

add-title = Ajouter un article
article-text = Texte de l'article
add-text-placeholder = Collez l'article ici
article-title = Titre
article-title-placeholder = La première ligne si vide
article-source = Source
article-source-placeholder = Média ou site
add-files = Ou ouvrez des fichiers (texte, Markdown, pages web enregistrées, Word, OpenDocument)
add-pasted-source = Texte collé
add-refused = Ce texte ne peut pas être ajouté : { $reason }.
add-pasted = Collé depuis une page web : { $count ->
    [one] { $count } paragraphe
   *[other] { $count } paragraphes
} ; les menus, boutons de partage, descriptions d'images et scripts ont été laissés de côté.
add-cancel = Annuler
add-add = Ajouter
edit-title = Modifier l'article
edit-hint = Les annotations suivent leurs mots dans le texte modifié ; celles qui ne le peuvent pas sont listées sous « Non placées ». Annuler rétablit tout.
edit-hint-fixed = Dans la copie d'un élève, le texte reste tel que l'enseignant l'a distribué ; le titre et la source peuvent changer.
edit-save = Enregistrer

## Exporter et versions antérieures

export-title = Exporter
export-hint = Tous les articles et toutes les annotations de l'espace de travail, dans un fichier au format de votre choix.
export-kept = Ce navigateur garde votre travail jusqu'à ce que vous effaciez ses données ; un fichier en est une copie ailleurs.
export-not-kept = Ce navigateur peut effacer votre travail quand il manque de place (Safari, après une semaine sans visite) : exportez l'espace de travail de temps en temps pour en garder une copie.
export-kept-unknown = Votre travail n'est gardé que dans ce navigateur : exportez l'espace de travail de temps en temps pour en garder une copie.
export-versions = Versions antérieures…
close = Fermer
format-workspace = Espace de travail Framelens (JSON)
format-workspace-keeps = Tout : articles, étiquettes, notes, auteurs et dates. Importez-le pour continuer ailleurs.
format-w3c = W3C Web Annotation (JSON-LD)
format-w3c-keeps = Étiquettes, notes, auteurs et dates, avec sélecteurs de citation et de position (positions en points de code : les outils qui comptent en unités UTF-16 doivent ancrer par la citation). Pas le texte des articles.
format-csv = Tableur (CSV)
format-csv-keeps = Une ligne par annotation avec son texte cité, sa note, son auteur et sa date. Pas le texte des articles.
format-doccano = doccano (JSONL)
format-doccano-keeps = Articles et étiquettes. Les positions comptent des unités UTF-16, comme doccano. Ni notes, ni auteurs, ni dates. Dans doccano, activez « Allow overlapping entity » et laissez « Count grapheme clusters as one character » désactivé.
format-label-studio = Label Studio (JSON)
format-label-studio-keeps = Articles, étiquettes et notes (en zones de texte par région). Positions en points de code. Ni auteurs ni dates. Le projet Label Studio a besoin de la configuration ci-dessous.
format-label-studio-config = Configuration d'étiquetage Label Studio (XML)
format-label-studio-config-keeps = La configuration d'étiquetage d'un projet Label Studio pour ces étiquettes : collez-la dans Settings, Labeling Interface, Code du projet.
format-brat = brat standoff (.zip)
format-brat-keeps = Un fichier .txt et un fichier .ann par article, avec étiquettes et notes. Ni titres, ni auteurs, ni dates ; les retours à la ligne des notes deviennent des espaces ; les retours à la ligne et tabulations aux bords des passages sont laissés de côté, et à l'intérieur ils coupent le passage.
format-report = Rapport imprimable (HTML)
format-report-keeps = Chaque article avec ses passages colorés et soulignés, une légende, des décomptes et les notes en bas de page. Pour lire et imprimer ; il ne peut pas être importé.
versions-title = Versions antérieures
versions-hint = Gardées dans ce navigateur : une par heure sur le dernier jour, une par jour sur la dernière semaine. En restaurer une remplace ce qui est ouvert ; Annuler le rétablit.
versions-looking = Recherche…
versions-none = Pas encore de version antérieure : la première est gardée au premier changement enregistré, puis une par heure.
versions-unreadable = un enregistrement illisible
versions-contents = { $articles ->
    [one] { $articles } article
   *[other] { $articles } articles
}, { $annotations ->
    [one] { $annotations } annotation
   *[other] { $annotations } annotations
}
versions-entry = { $time } : { $what }, { $kb } Ko
versions-restore = Restaurer
versions-restore-label = Restaurer la version du { $time }
versions-download = Télécharger
versions-download-label = Télécharger la version du { $time }

## Les listes : « Média B, Média C et Kurdistan24 »

list-separator = { ", " }
list-and = { $rest } et { $last }

## L'exercice, côté enseignant

exercise-panel-title = Exercice : { $title }
exercise-panel-key = Le corrigé : { $annotations ->
    [one] votre { $annotations } annotation
   *[other] vos { $annotations } annotations
} sur { $articles ->
    [one] son { $articles } article
   *[other] ses { $articles } articles
}. { $submissions ->
    [one] { $submissions } copie lue.
   *[other] { $submissions } copies lues.
}
exercise-edit = Modifier l'exercice
exercise-class = Classe et retours
exercise-outlets = Médias comparés
exercise-label = Exercice
exercise-dialog-title = Exercice pour une classe
exercise-brought-back = Ce que vous aviez saisi ici est revenu, pas encore enregistré : enregistrez l'exercice pour le garder.
exercise-hint = Les élèves reçoivent les articles choisis, les consignes et le guide des étiquettes. Vos propres annotations sur ces articles sont le corrigé : elles restent dans votre fichier enseignant et ne sont jamais dans celui des élèves.
exercise-new = Première fois ?
exercise-sample = Essayez la classe d'exemple
exercise-sample-hint = : les articles d'exemple avec un corrigé et le travail de cinq élèves.
exercise-title = Titre
exercise-title-placeholder = Si vide : { $title }
exercise-articles = Articles de l'exercice
exercise-article-key = { $spans ->
    [one] ({ $spans } passage du corrigé)
   *[other] ({ $spans } passages du corrigé)
}
exercise-instructions = Consignes pour les élèves (texte simple : lignes vides entre les paragraphes, « - » avant les éléments de liste)
exercise-guide = Guide des étiquettes : une ligne par étiquette (le bouton Étiquettes change les étiquettes elles-mêmes)
exercise-definition = Définition de { $tag }
exercise-locked = Les élèves gardent ces articles : ils ne peuvent ni en ajouter, ni en retirer, ni en importer
exercise-no-articles = Choisissez au moins un article pour l'exercice.
exercise-page = Télécharger la page élève (HTML)
exercise-page-title = Un seul fichier HTML qui ouvre directement l'exercice, même depuis une clé USB
exercise-student-file = Télécharger le fichier élève
exercise-teacher-file = Télécharger le fichier enseignant (avec corrigé)
exercise-save = Enregistrer l'exercice

## L'exercice, côté élève

student-guide = Guide des étiquettes
student-progress = Votre travail jusqu'ici, article par article
student-progress-article = { $source } : { $spans ->
    [one] { $spans } passage
   *[other] { $spans } passages
}
student-name = Votre nom ou pseudonyme
student-hand-in = Rendre
student-so-far = { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
} pour l'instant ; votre travail est enregistré dans ce navigateur au fur et à mesure.
student-not = Pas { $name } ? Commencer comme nouvel élève
student-continue = Continuer comme { $name }
student-ask = Rendre maintenant ?
student-untouched = Vous n'avez encore rien étiqueté dans { $articles }. Rendre quand même ?
student-anyway = Rendre quand même
student-not-yet = Pas encore
