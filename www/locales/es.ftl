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

## Las fechas: «3 dic 2026, 08:06»

date = { $day } { $month } { $year }, { $time }
month-1 = ene
month-2 = feb
month-3 = mar
month-4 = abr
month-5 = may
month-6 = jun
month-7 = jul
month-8 = ago
month-9 = sept
month-10 = oct
month-11 = nov
month-12 = dic

## Añadir y editar un artículo

add-title = Añadir un artículo
article-text = Texto del artículo
add-text-placeholder = Pegue aquí el artículo
article-title = Título
article-title-placeholder = La primera línea si se deja vacío
article-source = Fuente
article-source-placeholder = Medio o sitio
add-files = O abra archivos (texto, Markdown, páginas web guardadas, Word, OpenDocument)
add-pasted-source = Texto pegado
add-refused = Este texto no se puede añadir: { $reason }.
add-pasted = Pegado desde una página web: { $count ->
    [one] { $count } párrafo
   *[other] { $count } párrafos
}; se dejaron fuera los menús, los botones para compartir, las descripciones de imágenes y los scripts.
add-cancel = Cancelar
add-add = Añadir
edit-title = Editar artículo
edit-hint = Las anotaciones siguen a sus palabras en el texto cambiado; las que no pueden se listan en «Sin colocar». Deshacer lo devuelve todo.
edit-hint-fixed = En la copia de un alumno el texto queda como lo entregó el profesor; el título y la fuente pueden cambiar.
edit-save = Guardar

## Exportar y versiones anteriores

export-title = Exportar
export-hint = Todos los artículos y anotaciones del espacio de trabajo, en un archivo del formato que elija.
export-kept = Este navegador conserva su trabajo hasta que borre sus datos; un archivo es una copia en cualquier otro lugar.
export-not-kept = Este navegador puede borrar su trabajo cuando le falte espacio (Safari, tras una semana sin visitas): exporte el espacio de trabajo de vez en cuando para conservar una copia.
export-kept-unknown = Su trabajo solo se guarda en este navegador: exporte el espacio de trabajo de vez en cuando para conservar una copia.
export-versions = Versiones anteriores…
close = Cerrar
format-workspace = Espacio de trabajo de Framelens (JSON)
format-workspace-keeps = Todo: artículos, etiquetas, notas, autores y fechas. Impórtelo para seguir en otro lugar.
format-w3c = W3C Web Annotation (JSON-LD)
format-w3c-keeps = Etiquetas, notas, autores y fechas, con selectores de cita y de posición (posiciones en puntos de código: las herramientas que cuentan unidades UTF-16 deben anclar por la cita). No el texto de los artículos.
format-csv = Hoja de cálculo (CSV)
format-csv-keeps = Una fila por anotación con su texto citado, nota, autor y fecha. No el texto de los artículos.
format-doccano = doccano (JSONL)
format-doccano-keeps = Artículos y etiquetas. Las posiciones cuentan unidades UTF-16, como doccano. Sin notas, autores ni fechas. En doccano, active «Allow overlapping entity» y deje desactivado «Count grapheme clusters as one character».
format-label-studio = Label Studio (JSON)
format-label-studio-keeps = Artículos, etiquetas y notas (como áreas de texto por región). Posiciones en puntos de código. Sin autores ni fechas. El proyecto de Label Studio necesita la configuración de etiquetado de abajo.
format-label-studio-config = Configuración de etiquetado de Label Studio (XML)
format-label-studio-config-keeps = La configuración de etiquetado de un proyecto de Label Studio con estas etiquetas: péguela en Settings, Labeling Interface, Code del proyecto.
format-brat = brat standoff (.zip)
format-brat-keeps = Un archivo .txt y otro .ann por artículo, con etiquetas y notas. Sin títulos, autores ni fechas; los saltos de línea de las notas pasan a ser espacios; los saltos de línea y tabulaciones en los bordes de los fragmentos se dejan fuera, y dentro los dividen.
format-report = Informe imprimible (HTML)
format-report-keeps = Cada artículo con sus fragmentos coloreados y subrayados, una leyenda, recuentos y las notas a pie de página. Para leer e imprimir; no se puede importar.
versions-title = Versiones anteriores
versions-hint = Guardadas en este navegador: una por hora durante el último día, una por día durante la última semana. Restaurar una sustituye lo que está abierto; Deshacer lo devuelve.
versions-looking = Buscando…
versions-none = Aún no hay versiones anteriores: la primera se guarda con el primer cambio, luego una por hora.
versions-unreadable = un guardado que no se pudo leer
versions-contents = { $articles ->
    [one] { $articles } artículo
   *[other] { $articles } artículos
}, { $annotations ->
    [one] { $annotations } anotación
   *[other] { $annotations } anotaciones
}
versions-entry = { $time }: { $what }, { $kb } KB
versions-restore = Restaurar
versions-restore-label = Restaurar la versión de { $time }
versions-download = Descargar
versions-download-label = Descargar la versión de { $time }

## Las listas: «Medio B, Medio C y Kurdistan24»

list-separator = { ", " }
list-and = { $rest } y { $last }

## El ejercicio, para el profesor

exercise-panel-title = Ejercicio: { $title }
exercise-panel-key = La clave: { $annotations ->
    [one] su { $annotations } anotación
   *[other] sus { $annotations } anotaciones
} en { $articles ->
    [one] su { $articles } artículo
   *[other] sus { $articles } artículos
}. { $submissions ->
    [one] { $submissions } entrega leída.
   *[other] { $submissions } entregas leídas.
}
exercise-edit = Editar ejercicio
exercise-class = Clase y comentarios
exercise-outlets = Medios comparados
exercise-label = Ejercicio
exercise-dialog-title = Ejercicio para una clase
exercise-brought-back = Lo que escribió aquí antes ha vuelto, aún sin guardar: guarde el ejercicio para conservarlo.
exercise-hint = Los alumnos reciben los artículos que elija, las instrucciones y la guía de etiquetas. Sus propias anotaciones en esos artículos son la clave: se quedan en su archivo de profesor y nunca están en el de los alumnos.
exercise-new = ¿Es nuevo en esto?
exercise-sample = Pruebe la clase de ejemplo
exercise-sample-hint = : los artículos de ejemplo con una clave y el trabajo de cinco alumnos.
exercise-title = Título
exercise-title-placeholder = Si se deja vacío: { $title }
exercise-articles = Artículos del ejercicio
exercise-article-key = { $spans ->
    [one] ({ $spans } fragmento de la clave)
   *[other] ({ $spans } fragmentos de la clave)
}
exercise-instructions = Instrucciones para los alumnos (texto simple: líneas vacías entre párrafos, «- » antes de los elementos de lista)
exercise-guide = Guía de etiquetas: una línea por etiqueta (el botón Etiquetas cambia las etiquetas mismas)
exercise-definition = Definición de { $tag }
exercise-locked = Los alumnos conservan estos artículos: no pueden añadir, quitar ni importar ninguno
exercise-no-articles = Elija al menos un artículo para el ejercicio.
exercise-page = Descargar la página del alumno (HTML)
exercise-page-title = Un solo archivo HTML que abre directamente el ejercicio, incluso desde una memoria USB
exercise-student-file = Descargar el archivo del alumno
exercise-teacher-file = Descargar el archivo del profesor (con la clave)
exercise-save = Guardar ejercicio

## El ejercicio, para un alumno

student-guide = Guía de etiquetas
student-progress = Su trabajo hasta ahora, artículo por artículo
student-progress-article = { $source }: { $spans ->
    [one] { $spans } fragmento
   *[other] { $spans } fragmentos
}
student-name = Su nombre o seudónimo
student-hand-in = Entregar
student-so-far = { $count ->
    [one] { $count } anotación
   *[other] { $count } anotaciones
} hasta ahora; su trabajo se guarda en este navegador sobre la marcha.
student-not = ¿No es { $name }? Empezar como alumno nuevo
student-continue = Seguir como { $name }
student-ask = ¿Entregar ahora?
student-untouched = Aún no ha etiquetado { $articles }. ¿Entregar de todos modos?
student-anyway = Entregar de todos modos
student-not-yet = Todavía no
