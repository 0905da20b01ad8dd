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
