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
orphans-more = et { $count } de plus

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

## La classe

class-title = Classe : { $title }
class-read = Lire les copies (choisissez ou déposez autant de fichiers que vous voulez)
class-files = Fichiers lus
class-twice = Rendu deux fois : lequel garder ?
class-handed = rendu le { $handed }, { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
}
class-handed-read = rendu le { $handed }, lu le { $read }, { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
}
class-keep-first = Garder le premier : { $which }
class-keep-this = Garder celui-ci : { $which }
class-score-hint = Chaque score donne un crédit partiel : un passage gagne la part de texte qu'il a en commun avec celui du corrigé, la moitié avec une autre étiquette ; 100 correspond exactement au corrigé. Les F1 strict et partiel de la vue Accord comptent chaque passage comme trouvé ou non.
class-method-title = Comment le score est calculé
class-method = Chacun de vos passages est apparié à au plus un passage du corrigé, les paires qui partagent le plus de texte d'abord. Une paire rapporte son recouvrement : les caractères communs aux deux passages divisés par les caractères de l'un ou de l'autre (1 pour exactement le même passage), ou la moitié quand les étiquettes diffèrent. Le score vaut deux fois les points divisés par le nombre de passages du corrigé plus le nombre de vos passages, si bien que les passages manqués comme les passages en trop le font baisser.
class-none = Aucune copie lue pour l'instant.
class-scores = Scores par rapport à votre corrigé, en % (avec crédit partiel)
class-student = Élève
class-overall = Total
class-counts = Trouvés · mauvaise étiquette · manqués · en trop
class-feedback = Retour
class-feedback-page = Page de retour
class-feedback-for = Page de retour pour { $student }
class-agreement = Accord
class-heatmap = Carte de chaleur et couche de référence
class-csv = Scores de la classe (CSV)
class-all-feedback = Toutes les pages de retour

## L'accord

agreement-title = L'accord dans la classe
agreement-overall = { $students } élèves, { $words } mots chacun. Kappa de Fleiss { $fleiss } : { $reading }. Alpha de Krippendorff { $alpha }.
agreement-most-least = La classe s'accorde le plus sur { $most } ({ $most-reading }), le moins sur { $least } ({ $least-reading }).
agreement-one = La classe s'accorde sur { $tag } : { $reading }.
agreement-none = Les étiquettes de personne ne diffèrent encore assez pour mesurer l'accord.
agreement-pair = { $first } et { $second } s'accordent le moins ({ $kappa } : { $reading }).
agreement-hovered = { $first } et { $second } : { $kappa }, { $reading }
reading-none = non défini : tout le monde a donné la même étiquette à chaque mot
reading-0 = moins d'accord que le hasard n'en donnerait
reading-1 = accord faible : à peine plus que le hasard
reading-2 = accord passable
reading-3 = accord modéré : les élèves voient souvent la même chose
reading-4 = accord important
reading-5 = accord presque parfait
measure-cohen = Kappa de Cohen
measure-cohen-meaning = à quel point deux élèves s'accordent au-delà du hasard : 1 toujours, 0 comme le hasard, moins de 0 moins que le hasard.
measure-fleiss = Kappa de Fleiss
measure-fleiss-meaning = la même chose pour toute la classe à la fois.
measure-alpha = Alpha de Krippendorff
measure-alpha-meaning = l'accord de la classe mesuré autrement ; proche du kappa de Fleiss quand chaque élève a étiqueté chaque article.
measure-f1 = F1 strict et partiel
measure-f1-meaning = à quel point les passages d'un élève correspondent au corrigé, de 0 à 1 : le strict ne compte que le passage et l'étiquette exacts du corrigé, le partiel tout recouvrement avec l'étiquette du corrigé. Le score du tableau de la classe est entre les deux : un crédit partiel pour la part de texte commune, et la moitié pour une mauvaise étiquette.
agreement-counted = Comment c'est compté
agreement-unit = L'unité est le mot (limites de mots Unicode ; les espaces et la ponctuation ne sont pas des mots). Chaque élève donne à chaque mot une étiquette : aucune, ou celle de son passage le plus court sur ce mot. Par étiquette, un mot compte comme cette étiquette ou non, si bien que des passages superposés d'étiquettes différentes comptent chacun. Kappa et alpha valent 1 pour un accord complet et 0 pour ce que donnerait le hasard seul.
agreement-per-tag = Par étiquette
agreement-tag = Étiquette
agreement-reading = Lecture
agreement-matrix = Kappa de Cohen entre chaque paire d'élèves
agreement-matrix-drawn = Kappa entre chaque paire d'élèves ; les valeurs sont dans le tableau ci-dessous
agreement-matrix-table = La matrice en tableau
agreement-f1 = F1 strict et partiel par rapport au corrigé
agreement-strict = Strict (passages exacts)
agreement-partial = Partiel (passages qui se recouvrent)
agreement-confusion = Mots selon l'étiquette du corrigé (lignes) et celle des élèves (colonnes), tous élèves
agreement-no-tag = Aucune étiquette
band-0 = sous le hasard
band-1 = faible
band-2 = passable
band-3 = modéré
band-4 = important
band-5 = presque parfait

## Carte de chaleur et couche de référence

heatmap-title = Où la classe a étiqueté
heatmap-article = Article
heatmap-tag = Étiquette
heatmap-all = Toutes les étiquettes
heatmap-legend = Élèves qui l'ont étiqueté, couleur plus forte quand ils sont plus nombreux :
heatmap-legend-tag = Élèves qui l'ont étiqueté { $tag }, couleur plus forte quand ils sont plus nombreux :
heatmap-in-gold = dans la couche de référence
heatmap-chosen = Passage choisi
heatmap-hint = Survolez ou sélectionnez un passage pour voir qui l'a étiqueté. Avec un passage sélectionné : Entrée accepte l'étiquette de la majorité, la touche d'une étiquette cette étiquette, Suppr le retire de la couche de référence.
heatmap-gold = Couche de référence : { $count ->
    [one] { $count } passage
   *[other] { $count } passages
}.
heatmap-stretch = { $count } élèves sur { $students }
heatmap-stretch-gold = { $count } élèves sur { $students }, référence : { $tag }
heatmap-accept = Accepter comme { $tag }
heatmap-accept-majority = Accepter comme { $tag } (majorité)
heatmap-remove = Retirer de la référence ({ $tag })
gold-article = Faire de la couche de référence le corrigé de cet article…
gold-every = …de chaque article
gold-replace-label = Remplacer le corrigé
gold-replaced = Votre corrigé est remplacé par la couche de référence :
gold-change = { $title } : { $now } passages au corrigé maintenant, { $after } après
gold-undo = Annuler rétablit l'ancien corrigé.
gold-replace = Remplacer le corrigé

## Médias comparés et côte à côte

outlets-title = Médias comparés
outlets-counted = Annotations comptées
outlets-key = Le corrigé
outlets-yours = Vos annotations
outlets-majority = La majorité de la classe
outlets-gold = La couche de référence
outlets-outlet = Média
outlets-spans = Passages par étiquette : { $name }
outlets-spans-chart = Passages par étiquette et par média, { $name }
outlets-share = Part du texte étiquetée : { $name }
outlets-share-chart = Part du texte de chaque média sous chaque étiquette, { $name }
side-title = Côte à côte
side-shown = Articles affichés
side-quotes = { $count ->
    [one] { $count } citation apparaît
   *[other] { $count } citations apparaissent
} dans plus d'un de ces articles (les mêmes mots, quels que soient les guillemets, tirets ou espaces). Choisissez-en une pour la voir dans les autres.
side-also = { $others ->
    [one] Citation aussi dans { $others } autre article
   *[other] Citation aussi dans { $others } autres articles
}
agreement-point = Pointez une case pour voir sa paire et sa valeur.

## Ce que dit la page après ce qu'elle a fait

download-refused = Le navigateur a refusé le téléchargement.
file-unread = { $reason } ; rien n'a changé.
file-refused = { $file } ne peut pas être ouvert : { $reason }.
page-refused = La page élève n'a pas pu être créée : { $reason }. Distribuez plutôt le fichier élève.
name-first = Saisissez d'abord votre nom ou un pseudonyme, pour que votre enseignant sache à qui est ce travail.
handed-in = Rendu sous le nom { $name } : donnez le fichier téléchargé à votre enseignant. Vous pouvez continuer et rendre à nouveau.
student-kept = Le travail de { $name } est gardé sur cet ordinateur, pour être repris ici plus tard. Saisissez votre propre nom et commencez.
student-not-kept = Le travail de { $name } n'a pas pu être mis à part : { $reason }.
own-not-kept = Votre travail n'a pas pu être mis à part : { $reason }.
welcome-back = Bon retour, { $name } : votre travail est ouvert.
student-unopened = Le travail de { $name } n'a pas pu être ouvert.
version-unread = La version du { $time } n'a pas pu être lue : { $reason }.
version-gone = La version du { $time } n'est plus gardée.
other-tab-unread = La version enregistrée dans l'autre onglet n'a pas pu être lue ({ $reason }) ; celle-ci reste ouverte.
other-tab-updated = Mis à jour avec les modifications faites dans un autre onglet.
other-tab-opened = La version enregistrée dans l'autre onglet est ouverte.
remind-student = Votre travail n'est que dans ce navigateur. Rendez-le de temps en temps : le fichier en est votre copie.
remind-never = Votre travail n'est que dans ce navigateur, et il n'a jamais été exporté ici. Exportez l'espace de travail de temps en temps pour en garder une copie.
remind-days = Votre travail n'est que dans ce navigateur, et il a été exporté pour la dernière fois il y a { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}. Exportez l'espace de travail de temps en temps pour en garder une copie.
autosave-failed = La sauvegarde automatique a échoué : { $reason }. Exportez l'espace de travail pour garder votre travail.
class-unsaved = La classe n'a pas pu être enregistrée : { $reason }.
saved-items-lost = { $count ->
    [one] { $count } élément
   *[other] { $count } éléments
} de l'espace de travail enregistré n'ont pas pu être ouverts : { $items }. L'enregistrement tel quel est gardé parmi les versions antérieures (Exporter, puis Versions antérieures).
saved-steps-lost = Votre travail est ouvert, mais { $lost } n'ont pas pu être rétablis. Vérifiez-le, et exportez l'espace de travail pour en garder une copie.
saved-unread = L'espace de travail enregistré n'a pas pu être lu ({ $reason }). Il est gardé parmi les versions antérieures (Exporter, puis Versions antérieures), où vous pouvez le télécharger ; un espace de travail neuf est ouvert à la place.
autosave-off = La sauvegarde automatique est désactivée : { $reason }. Exportez l'espace de travail pour garder votre travail.
baked-unread = L'exercice de cette page n'a pas pu être ouvert : { $reason }.

## Ce que dit la page après une action

removed = { $title } et ses annotations ont été retirés. Annuler les rétablit.
already-open = Cet article est déjà ouvert ; le voici.
not-teacher = Ce sont des copies d'élèves. Ouvrez le fichier enseignant de l'exercice (l'espace de travail exporté en le créant) pour les lire ; rien n'a changé.
read-files = { $read } lus sur { $count ->
    [one] { $count } fichier
   *[other] { $count } fichiers
} ; { $students ->
    [one] { $students } élève
   *[other] { $students } élèves
} dans la classe. Le message de chaque fichier est dans Classe et retours.
student-copy-refused = { $file } n'a pas été importé, rien n'a changé : c'est la copie d'un élève pour l'exercice { $title }, et l'importer ferait de votre copie d'enseignant celle d'un élève. Lisez le travail des élèves dans Classe et retours.
import-stopped = Import de { $file } arrêté : rien n'a changé.
import-refused = { $file } n'a pas été importé, rien n'a changé : { $reason }.
import-failed = Rien n'a été importé : { $reason }.
import-exercise = L'exercice { $title } est ouvert : ses consignes et son guide des étiquettes sont au-dessus des articles.
import-done = { $articles ->
    [one] { $articles } article importé
   *[other] { $articles } articles importés
} et { $annotations ->
    [one] { $annotations } annotation
   *[other] { $annotations } annotations
}.
import-reanchored = { $count ->
    [one] { $count } a été placée par son texte cité
   *[other] { $count } ont été placées par leur texte cité
}, dans un texte qui a changé.
import-orphans = { $count } n'ont pas pu être placées ; elles sont listées sous « Non placées ».
import-new-tags = { $count ->
    [one] Nouvelle étiquette
   *[other] Nouvelles étiquettes
} : { $tags }.
import-note = Note : { $note }.
import-skipped = { $count ->
    [one] { $count } élément a été ignoré
   *[other] { $count } éléments ont été ignorés
} : { $items }
articles-fixed = Votre enseignant a fixé les articles de cet exercice : aucun ne peut être ajouté, retiré ou importé ici.
select-first = Sélectionnez d'abord du texte dans l'article, puis appuyez sur { $key } ou choisissez { $tag }.
select-first-unkeyed = Sélectionnez d'abord du texte dans l'article, puis choisissez { $tag }.
tags-fixed = Les étiquettes de cet exercice sont celles de votre enseignant : elles ne peuvent pas changer dans votre copie.
edit-orphans = Le texte a été modifié. { $count ->
    [one] { $count } annotation n'a pas pu le suivre dans le nouveau texte ; elle est listée
   *[other] { $count } annotations n'ont pas pu le suivre dans le nouveau texte ; elles sont listées
} sous « Non placées ». Annuler rétablit l'ancien texte.
edit-refused = L'article n'a pas été modifié : { $reason }.
reading-file = Lecture de { $file }…
importing-read = Import de { $file } : { $done } annotations lues sur { $total }…
importing-placed = Import de { $file } : { $done } annotations placées sur { $total }…
gold-now-key = La couche de référence est maintenant le corrigé : { $changes }. Annuler rétablit l'ancien corrigé.
gold-change-said = { $title } de { $now } à { $after }
sample-opened = Voici l'exercice d'exemple tel que son enseignant le voit : les surlignages sont le corrigé, et cinq élèves d'exemple ont rendu leur travail. Ouvrez « Classe et retours » pour voir leurs scores.
nothing-undo = Rien à annuler.
nothing-redo = Rien à rétablir.
restored = La version du { $time } est restaurée. Annuler rétablit ce qui était ouvert avant.
tag-claim-definition = Une affirmation que l'on pourrait discuter ou vérifier : ce que quelqu'un dit être vrai.
tag-quote-definition = Des mots rapportés comme étant ceux de quelqu'un, entre guillemets ou attribués.
tag-framing-definition = Des choix de mots qui présentent des personnes ou des faits sous un certain jour : noms, titres, étiquettes, mots chargés.
tag-fact-definition = Un détail vérifiable que personne ne conteste : une date, un lieu, un nombre, un événement.

## Pages de retour, dans la langue de l'exercice

feedback-title = Retour : { $title }
feedback-who = { $student } · rendu le { $handed }
feedback-overall = Score total : { $score } (crédit partiel : un score F1 sur 100)
feedback-teacher-note = Note de l'enseignant
feedback-your-note = Votre note
feedback-matched = Trouvé, avec la même étiquette
feedback-wrong = Trouvé, mais étiqueté { $given } là où le corrigé dit { $key }
feedback-missed = Manqué : dans le corrigé, non marqué
feedback-extra = Pas dans le corrigé
feedback-nothing = Rien à marquer ici, et rien de marqué : non noté.
feedback-score = Score { $score } % : { $matched ->
    [one] { $matched } passage trouvé
   *[other] { $matched } passages trouvés
} avec la même étiquette, { $wrong } avec une autre, { $missed ->
    [one] { $missed } manqué
   *[other] { $missed } manqués
}, { $extra } hors du corrigé.
feedback-what = Ce qui s'est passé
feedback-key = Le corrigé
feedback-yours = Le vôtre
feedback-points = Points

## Le mot de la vue Classe sur chaque fichier

file-not-submission = Non lu : c'est { $what }, pas une copie d'élève. Rien n'a changé.
file-not-read = Non lu : { $reason }.
file-read = Lu : { $student }, { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
}.
file-read-again = Déjà lu : { $student }, { $count ->
    [one] { $count } annotation
   *[other] { $count } annotations
} ; rien n'a changé.
file-twice = { $student } a rendu deux fois : le fichier lu en premier dit { $first }, celui-ci { $later }. Les deux sont ci-dessous : choisissez lequel garder ; le premier compte jusque-là.

## Lecture des fichiers : ce qui a été lu, ce qui a été ignoré, et pourquoi

warning-separator = {" ; "}
skipped = { $at } : ignoré, { $why }
read-as = { $name } a été lu comme { $how } : { $paragraphs ->
    [one] { $paragraphs } paragraphe
   *[other] { $paragraphs } paragraphes
}, intitulé { $title }.
read-plain = texte brut
read-plain-in = texte brut en { $encoding }
read-markdown = Markdown, sans son balisage
read-markdown-in = Markdown en { $encoding }, sans son balisage
read-word = un document Word
read-opendocument = un texte OpenDocument
encoding-utf16 = UTF-16 (« texte Unicode »)
encoding-windows-1252 = Windows-1252 (Europe de l'Ouest, d'anciens programmes Windows)
read-web-page = { $name } a été lu comme une page web enregistrée : { $parts }. Menus, boutons de partage, commentaires et scripts ont été laissés de côté.
web-paragraphs = { $count ->
    [one] { $count } paragraphe
   *[other] { $count } paragraphes
}
web-titled = intitulé { $title }
web-from = de { $site }
web-by = par { $byline }
web-published = publié le { $date }
document-empty = le texte est vide
document-too-large = le texte dépasse { $limit } Mo, le maximum pour un article
document-not-text = ce n'est pas un fichier texte (UTF-8, UTF-16 ou Windows-1252 attendu)
offset-past-end = la position { $offset } est au-delà de la fin du texte ({ $length })
offset-inside-character = la position { $offset } tombe au milieu d'un caractère
offsets-reversed = ses positions { $start } et { $end } sont vides ou inversées
anchor-nothing = il n'a ni citation ni position dans l'article
anchor-not-found = son texte « { $quote } » n'est pas dans l'article
anchor-budget-spent = son texte « { $quote } » n'est pas tel quel dans l'article, et trop d'autres ont déjà été cherchés de façon approchée
anchor-not-even-approximately = son texte « { $quote } » n'est pas dans l'article, même approximativement
anchor-too-long = son texte « { $quote } » est plus long que l'article
anchor-ambiguous = son texte « { $quote } » apparaît { $count } fois et rien n'indique laquelle est visée
place-no-quote = son article n'est pas ouvert ici et il ne porte aucune citation pour le retrouver
place-not-near = { $why } ; son propre article n'est pas ouvert ici, donc aucune correspondance approchée n'a été tentée
place-nothing-open = aucun article n'est ouvert pour l'y placer
skip-id-twice = son identifiant { $id } apparaît deux fois
record-id-exists = { $at } : une annotation avec l'identifiant { $id } existe déjà ; celle de l'espace de travail est gardée
import-kept-for-notes = { $count ->
    [one] { $count } annotation porte sur des mots déjà étiquetés de même ici, avec une autre note : elle est gardée à côté
   *[other] { $count } annotations portent sur des mots déjà étiquetés de même ici, avec d'autres notes : elles sont gardées à côté
}
import-already-here = { $count ->
    [one] { $count } annotation était déjà là et a été laissée de côté
   *[other] { $count } annotations étaient déjà là et ont été laissées de côté
}
skip-tag-not-exercises = son étiquette « { $tag } » n'est pas une de celles de cet exercice
skip-tag-unnamable = « { $tag } » ne peut pas être un nom d'étiquette
import-too-large = le fichier dépasse { $limit } Mo, le maximum que Framelens importe
import-lone-ann = un fichier .ann de brat se lit avec son .txt : mettez les deux (et les autres) dans un seul .zip et importez-le
import-not-text = ce n'est pas un fichier texte (UTF-8, UTF-16 ou Windows-1252 attendu)
import-encoding = le fichier a été lu en { $encoding }
import-unknown-json = ce JSON n'est dans aucun des formats que Framelens lit (espace de travail Framelens, annotations W3C, tâches Label Studio ou JSONL doccano)
import-invalid = ce fichier n'est pas valide : ligne { $line }, colonne { $column } ({ $detail })
at-file = { $file }
at-file-line = { $file }, ligne { $line }
brat-nothing = cette archive ne contient ni fichiers .txt et .ann de brat ni fichiers .jsonl de doccano
brat-lone-ann = { $stem }.ann a été ignoré : il n'y a pas de { $stem }.txt à côté
brat-unread = { $file } : { $count ->
    [one] { $count } ligne de relations, d'événements ou d'attributs n'a pas été lue
   *[other] { $count } lignes de relations, d'événements ou d'attributs n'ont pas été lues
} ; Framelens n'a que des passages étiquetés
brat-no-offsets = il n'a pas de positions
brat-no-type = il n'a pas de type
brat-not-offsets = « { $fragment } » n'est pas une paire de positions
brat-text-differs = son texte « { $text } » n'est pas le texte à ses positions, comme brat l'exige
brat-fragments-apart = ses fragments sont séparés ; les passages de Framelens sont continus
file-empty = le fichier est vide
no-tag = il n'a pas d'étiquette
at-row = ligne { $line }
csv-unclosed = la ligne { $line } a un champ entre guillemets jamais fermé
csv-no-header = la première ligne doit nommer les colonnes, avec au moins « tag » et « text » (ou « start » et « end »)
csv-offsets-unordered = { $at } : début « { $start } » et fin « { $end } » ne sont pas deux positions dans l'ordre ; placé par son texte
at-said = { $at } : { $what }
at-line = ligne { $line }
at-record = enregistrement { $n }
at-label = { $at }, étiquette { $n }
at-in-file = { $file }, { $at }
not-utf8 = ce n'est pas du texte UTF-8
doccano-no-text = il n'a pas de « text »
no-label = il n'a pas d'étiquette
offsets-not-numbers = ses positions ne sont pas deux nombres entiers
in-utf16 = { $why } (compté en unités UTF-16)
at-task = tâche { $n }
at-annotation-of = { $at }, annotation { $n }
at-result = { $at }, résultat { $n }
label-studio-min-not-list = l'export JSON-MIN de Label Studio est une liste de tâches, et ceci n'est pas une liste
label-studio-no-text = ses données ne contiennent aucun texte
label-studio-no-place = il n'a ni positions dans l'ordre ni texte
empty-label-skipped = une étiquette vide a été ignorée
id-not-uuid = « { $id } » n'est pas un UUID
at-annotation = annotation { $n }
at-document = article { $n } ({ $title })
newer-version = ce fichier est de la version { $version }, plus récente que celle que ce Framelens lit ({ $known }) ; mettez Framelens à jour
native-not-workspace = ce n'est pas un fichier d'espace de travail Framelens (son « format » n'est pas « { $format } »)
native-text-changed = le texte de { $title } a été modifié après l'export : il s'ouvre comme un article à part, et ses annotations sont placées par leurs citations
native-exercise-left-out = l'exercice a été laissé de côté : { $why }
exercise-article-unread = l'article { $title } ne peut pas être ouvert : { $why }
exercise-article-changed = l'article { $title } a été modifié après la création de l'exercice ; redemandez le fichier
file-tags-broken = les étiquettes du fichier sont inutilisables : { $why }
file-exercise-broken = l'exercice de ce fichier est abîmé : { $why }
exercise-no-id = il n'a pas d'identifiant valable
exercise-too-long = son titre ou ses consignes sont bien trop longs
exercise-article-missing = il nomme un article que le fichier ne contient pas
exercise-no-role = son rôle n'est ni enseignant ni élève
tags-none = gardez au moins une étiquette
tags-too-many = un espace de travail a au plus { $limit } étiquettes
tags-unnamed = chaque étiquette doit avoir un nom
tags-name-too-long = le nom d'étiquette « { $tag } » dépasse { $limit } caractères
tags-name-broken = le nom d'étiquette « { $tag } » contient une tabulation ou un saut de ligne
tags-same-name = deux étiquettes s'appellent « { $tag } »
zip-cut-short = cette archive ZIP est tronquée ou abîmée
zip-not-zip = ce n'est pas une archive ZIP
zip-64 = cette archive est au format ZIP64, que Framelens ne lit pas
zip-encrypted = { $file } est chiffré dans cette archive
zip-too-large = cette archive dépasse { $limit } Mo une fois décompressée, le maximum que Framelens importe
zip-damaged = { $file } est abîmé dans cette archive
zip-method = { $file } est compressé avec la méthode { $method }, que Framelens ne lit pas
zip-checksum = { $file } est abîmé dans cette archive (sa somme de contrôle est fausse)
office-not = ce n'est pas { $kind } : il ne contient aucun texte
office-empty = c'est { $kind } sans aucun texte
w3c-pages-elsewhere = les pages de cette collection sont ailleurs (son « first » est un lien) ; enregistrez les pages elles-mêmes
w3c-not-object = ce n'est pas un objet JSON
w3c-no-tag = il n'a pas de corps d'étiquette (tagging)
w3c-no-target = il n'a pas de cible
w3c-position-unordered = son TextPositionSelector n'est pas deux positions dans l'ordre ; placé par sa citation
journal-article-unread = un article n'a pas pu être lu : { $why }
journal-article-differs = le texte d'un article diffère de celui enregistré
journal-no-tag = une annotation n'a pas d'étiquette
journal-not-fingerprint = « { $text } » n'est pas l'empreinte d'un article
lost-history = l'historique d'annulation d'avant le rechargement
lost-changes = { $count ->
    [one] la dernière modification
   *[other] les { $count } dernières modifications
}
submission-not-text = ce n'est pas un fichier texte
submission-not-submission = ce n'est pas un rendu Framelens
submission-other-exercise = il est pour un autre exercice, { $title }
submission-no-student = il n'a pas de nom d'élève
submission-article-changed = le texte de l'article { $title } diffère de celui de l'exercice (il a été modifié) : il ne peut pas être noté
submission-article-missing = l'article { $title } n'y est pas (il a été retiré de la copie de l'élève) : il ne peut pas être noté
submission-too-many = il contient { $count } annotations, plus que quiconque n'en fait à la main
submission-off-exercise = elle porte sur un article qui n'est pas dans l'exercice
submission-outside = son passage { $start }–{ $end } est hors de son article
submission-other-tag = son étiquette « { $tag } » n'est pas une de celles de l'exercice
sentence = { $what }.
edit-no-article = cet article n'est pas dans l'espace de travail
edit-article-open = cet article est déjà ouvert
edit-no-annotation = aucune annotation n'a l'identifiant { $id }
edit-annotation-exists = une annotation avec l'identifiant { $id } existe déjà
edit-empty = sélectionnez d'abord du texte
edit-outside = le passage { $start }–{ $end } est hors de l'article (longueur { $length })
edit-no-tag = l'espace de travail n'a pas d'étiquette « { $tag } »
edit-tag-in-use = des annotations portent encore l'étiquette « { $tag } » : changez-leur d'étiquette ou supprimez-les d'abord
tags-row-same-name = Deux étiquettes s'appellent « { $tag } » : donnez à chacune son propre nom.
tags-no-target = Il n'y a pas d'étiquette « { $tag } » vers laquelle déplacer les passages.
tags-say-leaving = Dites ce que deviennent les passages étiquetés « { $tag } » : changez leur étiquette ou supprimez-les.
article-edit-gone = cet article n'est plus ouvert
article-edit-locked = dans la copie d'un élève, le texte des articles reste tel qu'il a été distribué
article-edit-same-text = un autre article ouvert a exactement ce texte
kind-zip = une archive zip
kind-exercise = un fichier d'exercice, tel que distribué aux élèves
kind-workspace = un espace de travail Framelens
kind-csv = un tableur (CSV)
kind-doccano = un fichier doccano (JSONL)
kind-w3c = un fichier d'annotations web W3C
kind-json = un fichier JSON
kind-text = un fichier texte
kind-file = un fichier
exercise-untitled = Exercice
exercise-one = { $title }
exercise-two = { $first } et { $second }
exercise-more = { $first }, { $second } et { $count } de plus

## Ce que dit le navigateur

with-detail = { $what } ({ $detail })
storage-unopened = le stockage du navigateur n'a pas pu être ouvert
storage-full = le stockage du navigateur est plein ou bloqué
storage-no-indexeddb = ce navigateur n'offre pas IndexedDB à cette page
storage-piece-missing = une partie du travail enregistré manque dans le stockage du navigateur
file-too-large = { $file } dépasse { $limit } Mo
file-not-readable = { $file } n'a pas pu être lu
page-too-deep = cette page imbrique ses éléments sur plus de { $depth } niveaux, ce qu'aucune page d'actualité ne fait : elle n'a pas été lue
page-unreadable = le navigateur n'a pas pu lire cette page
page-not-html = ce n'est pas une page web enregistrée en HTML
page-no-article = aucun texte d'article n'a été trouvé dans cette page
single-file-missing = la page en un seul fichier (framelens.html) n'est pas à côté de cette page

## Le rapport imprimable

report-title = Rapport Framelens
report-summary = { $articles ->
    [one] { $articles } article
   *[other] { $articles } articles
}, { $annotations ->
    [one] { $annotations } annotation
   *[other] { $annotations } annotations
}.
report-legend = Légende
report-legend-item = soulignement { $line }, { $count } en tout
report-notes = Notes
report-back = Retour au texte
line-solid = plein
line-double = double
line-wavy = ondulé
line-dotted = pointillé
line-dashed = tireté
