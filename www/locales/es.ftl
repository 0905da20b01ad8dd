# La interfaz de Framelens en español. Un mensaje por línea: un identificador, «=», las palabras.
# { $name } lo rellena la página; [one] y *[other] eligen según un número.
# Cada archivo de idioma tiene los mismos identificadores, en el mismo orden.

## La cabecera

opening = Abriendo su espacio de trabajo…
save-off = Guardado automático desactivado: exporte para conservar su trabajo
save-saved = Todos los cambios guardados
save-saving = Guardando…
save-failed = Sin guardar: exporte para conservar su trabajo
save-newer = Sin guardar: cambiado en otra pestaña
newer-text = Este espacio de trabajo se guardó en otra pestaña o ventana después del último guardado de esta, así que aquí no se guarda nada hasta que elija. Abrir la versión más reciente descarta lo que cambió aquí desde entonces; conservar esta sustituye los cambios de la otra pestaña (exporte antes para conservar ambas).
newer-open = Abrir la versión más reciente
newer-keep = Conservar la versión de esta pestaña
language-label = Idioma
colours-label = Colores
colours-system = Colores del sistema
colours-light = Colores claros
colours-dark = Colores oscuros

## La barra de herramientas

toolbar-label = Anotar
tag-claim = Afirmación
tag-quote = Cita
tag-framing = Encuadre
tag-fact = Hecho
tag-button-title = Etiquetar la selección como { $tag } (tecla { $key })
tag-button-title-unkeyed = Etiquetar la selección como { $tag }
toolbar-undo = Deshacer
toolbar-undo-title = Deshacer (Ctrl+Z)
toolbar-redo = Rehacer
toolbar-redo-title = Rehacer (Ctrl+Mayús+Z)
toolbar-add-article = Añadir artículo
toolbar-import = Importar
toolbar-import-title = Importar anotaciones: Framelens, W3C, CSV, doccano, Label Studio o brat
toolbar-export = Exportar
toolbar-side-by-side = Lado a lado
toolbar-side-by-side-title = Leer los artículos lado a lado, con las citas que comparten enlazadas
toolbar-tags = Etiquetas…
toolbar-tags-title = Añadir, renombrar, colorear, ordenar y definir las etiquetas
toolbar-exercise = Ejercicio
toolbar-exercise-title = Hacer un ejercicio con estos artículos para una clase

## Los artículos y el texto

articles-label = Artículos
articles-hint = [ y ] cambian de artículo
workbench-empty = No hay artículos. Añada uno con «Añadir artículo» o suelte aquí un archivo .txt.
article-edit = Editar artículo…
article-remove = Quitar artículo
article-text-label = Texto del artículo: las flechas mueven, Mayús amplía la selección, { $keys } la etiquetan, Intro elige la anotación del cursor
selection-bar-label = Etiquetar la selección
keys-footer = Teclas: seleccione texto (con el ratón o con Mayús+flechas en el artículo) y luego { $keys }. Intro elige la anotación del cursor, Supr quita la elegida, Ctrl+Z deshace, Ctrl+Mayús+Z rehace.

## El panel lateral

panel-label = Anotaciones
panel-title = Anotaciones ({ $count })
panel-counts = Anotaciones por etiqueta
panel-empty = Aún no hay anotaciones. Seleccione texto en el artículo y pulse { $keys } o elija una etiqueta arriba.
panel-more = Mostrar más ({ $count } sin mostrar)
editor-label = Anotación elegida
editor-done = Listo
editor-tag = Etiqueta
editor-note = Nota
editor-delete = Borrar anotación

## Los mensajes

notice-dismiss = Cerrar este mensaje
notice-stop = Detener
orphans-title = Sin colocar ({ $count })
orphans-hint = Estas anotaciones importadas no coinciden con ningún texto de los artículos abiertos, así que no se adivinó nada. Abra su artículo o conserve el archivo que importó.
orphans-dismiss = Cerrar esta lista

## La ventana Etiquetas

tags-title = Etiquetas
tags-hint = Las { $keyed } primeras etiquetas tienen las teclas 1 a { $keyed }, en este orden. Cada color tiene su propia línea, para que las etiquetas se distingan con daltonismo y al imprimir. Un solo Deshacer revierte lo que guarde aquí.
tags-name = Nombre de la etiqueta { $place }
tags-name-placeholder = Nombre
tags-colour = Color de la etiqueta { $place }
tags-definition = Definición de la etiqueta { $place }
tags-definition-placeholder = Lo que marca, en una línea
tags-up = Subir la etiqueta { $place }
tags-down = Bajar la etiqueta { $place }
tags-remove = Quitar la etiqueta { $place }
tags-remove-button = Quitar
tags-add = Añadir una etiqueta
tags-leaving = { $count ->
    [one] 1 fragmento lleva la etiqueta «{ $tag }»:
   *[other] { $count } fragmentos llevan la etiqueta «{ $tag }»:
}
tags-leaving-choose = Elija qué será de ellos
tags-leaving-delete = Borrarlos
tags-leaving-retag = Etiquetarlos como { $tag }
tags-cancel = Cancelar
tags-save = Guardar etiquetas
look-amber = Ámbar, línea continua
look-sky = Azul cielo, línea doble
look-pink = Rosa, línea ondulada
look-green = Verde, línea punteada
look-orange = Naranja, línea discontinua
look-blue = Azul, línea ondulada
look-vermilion = Bermellón, línea doble
look-grey = Gris, línea punteada
look-amber-wavy = Ámbar, línea ondulada
look-sky-dotted = Azul cielo, línea punteada
look-pink-solid = Rosa, línea continua
look-green-double = Verde, línea doble
