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
orphans-more = y { $count } más

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

## La clase

class-title = Clase: { $title }
class-read = Leer entregas (elija o suelte cuantos archivos quiera)
class-files = Archivos leídos
class-twice = Entregado dos veces: ¿cuál conservar?
class-handed = entregado el { $handed }, { $count ->
    [one] { $count } anotación
   *[other] { $count } anotaciones
}
class-handed-read = entregado el { $handed }, leído el { $read }, { $count ->
    [one] { $count } anotación
   *[other] { $count } anotaciones
}
class-keep-first = Conservar el primero: { $which }
class-keep-this = Conservar este: { $which }
class-score-hint = Cada nota da crédito parcial: un fragmento gana la parte de texto que comparte con el de la clave, la mitad con otra etiqueta; 100 es exactamente la clave. Los F1 estricto y parcial de la vista de acuerdo cuentan cada fragmento como encontrado o no.
class-method-title = Cómo se calcula la nota
class-method = Cada uno de sus fragmentos se empareja con como mucho un fragmento de la clave, primero los pares que comparten más texto. Un par gana su solapamiento: los caracteres que comparten los dos fragmentos divididos por los caracteres de uno u otro (1 para exactamente el mismo fragmento), o la mitad cuando las etiquetas difieren. La nota es el doble de los puntos dividido por el número de fragmentos de la clave más el número de sus fragmentos, de modo que tanto los fragmentos omitidos como los de más la bajan.
class-none = Aún no se ha leído ninguna entrega.
class-scores = Notas frente a su clave, en % (con crédito parcial)
class-student = Alumno
class-overall = Total
class-counts = Acertados · etiqueta errónea · omitidos · de más
class-feedback = Comentarios
class-feedback-page = Página de comentarios
class-feedback-for = Página de comentarios de { $student }
class-agreement = Acuerdo
class-heatmap = Mapa de calor y capa de referencia
class-csv = Notas de la clase (CSV)
class-all-feedback = Todas las páginas de comentarios

## El acuerdo

agreement-title = El acuerdo en la clase
agreement-overall = { $students } alumnos, { $words } palabras cada uno. Kappa de Fleiss { $fleiss }: { $reading }. Alfa de Krippendorff { $alpha }.
agreement-most-least = La clase coincide más en { $most } ({ $most-reading }) y menos en { $least } ({ $least-reading }).
agreement-one = La clase coincide en { $tag }: { $reading }.
agreement-none = Aún no hay etiquetas que difieran lo bastante para medir el acuerdo.
agreement-pair = { $first } y { $second } son los que menos coinciden ({ $kappa }: { $reading }).
agreement-hovered = { $first } y { $second }: { $kappa }, { $reading }
reading-none = no definido: todos dieron la misma etiqueta a cada palabra
reading-0 = menos acuerdo del que daría el azar
reading-1 = acuerdo leve: poco más que el azar
reading-2 = acuerdo aceptable
reading-3 = acuerdo moderado: los alumnos ven a menudo lo mismo
reading-4 = acuerdo considerable
reading-5 = acuerdo casi perfecto
measure-cohen = Kappa de Cohen
measure-cohen-meaning = cuánto coinciden dos alumnos más allá del azar: 1 siempre, 0 como el azar, bajo 0 menos que el azar.
measure-fleiss = Kappa de Fleiss
measure-fleiss-meaning = lo mismo para toda la clase a la vez.
measure-alpha = Alfa de Krippendorff
measure-alpha-meaning = el acuerdo de la clase medido de otro modo; cercano al kappa de Fleiss cuando cada alumno etiquetó cada artículo.
measure-f1 = F1 estricto y parcial
measure-f1-meaning = cuánto se ajustan los fragmentos de un alumno a la clave, de 0 a 1: el estricto solo cuenta el fragmento y la etiqueta exactos de la clave, el parcial cualquier solapamiento con la etiqueta de la clave. La nota de la tabla de la clase está en medio: crédito parcial por la parte de texto en común, y la mitad por una etiqueta errónea.
agreement-counted = Cómo se cuenta
agreement-unit = La unidad es la palabra (límites de palabra de Unicode; los espacios y la puntuación no son palabras). Cada alumno da a cada palabra una etiqueta: ninguna, o la de su fragmento más corto sobre ella. Por etiqueta, una palabra cuenta como esa etiqueta o no, así que los fragmentos superpuestos de etiquetas distintas cuentan cada uno. Kappa y alfa valen 1 con acuerdo total y 0 con lo que daría solo el azar.
agreement-per-tag = Por etiqueta
agreement-tag = Etiqueta
agreement-reading = Lectura
agreement-matrix = Kappa de Cohen entre cada par de alumnos
agreement-matrix-drawn = Kappa entre cada par de alumnos; los valores están en la tabla de abajo
agreement-matrix-table = La matriz como tabla
agreement-f1 = F1 estricto y parcial frente a la clave
agreement-strict = Estricto (fragmentos exactos)
agreement-partial = Parcial (fragmentos que se solapan)
agreement-confusion = Palabras según la etiqueta de la clave (filas) y la de los alumnos (columnas), todos los alumnos
agreement-no-tag = Sin etiqueta
band-0 = bajo el azar
band-1 = leve
band-2 = aceptable
band-3 = moderado
band-4 = considerable
band-5 = casi perfecto

## Mapa de calor y capa de referencia

heatmap-title = Dónde etiquetó la clase
heatmap-article = Artículo
heatmap-tag = Etiqueta
heatmap-all = Todas las etiquetas
heatmap-legend = Alumnos que lo etiquetaron, color más intenso cuantos más son:
heatmap-legend-tag = Alumnos que lo etiquetaron como { $tag }, color más intenso cuantos más son:
heatmap-in-gold = en la capa de referencia
heatmap-chosen = Fragmento elegido
heatmap-hint = Pase el ratón o el foco por un fragmento para ver quién lo etiquetó. Con uno enfocado: Intro acepta la etiqueta de la mayoría, la tecla de una etiqueta esa etiqueta, Supr lo quita de la capa de referencia.
heatmap-gold = Capa de referencia: { $count ->
    [one] { $count } fragmento
   *[other] { $count } fragmentos
}.
heatmap-stretch = { $count } de { $students } alumnos
heatmap-stretch-gold = { $count } de { $students } alumnos, referencia: { $tag }
heatmap-accept = Aceptar como { $tag }
heatmap-accept-majority = Aceptar como { $tag } (mayoría)
heatmap-remove = Quitar de la referencia ({ $tag })
gold-article = Hacer de la capa de referencia la clave de este artículo…
gold-every = …de cada artículo
gold-replace-label = Sustituir la clave
gold-replaced = Su clave se sustituye por la capa de referencia:
gold-change = { $title }: { $now } fragmentos de clave ahora, { $after } después
gold-undo = Deshacer recupera la clave anterior.
gold-replace = Sustituir la clave

## Medios comparados y lado a lado

outlets-title = Medios comparados
outlets-counted = Anotaciones contadas
outlets-key = La clave
outlets-yours = Sus anotaciones
outlets-majority = La mayoría de la clase
outlets-gold = La capa de referencia
outlets-outlet = Medio
outlets-spans = Fragmentos por etiqueta: { $name }
outlets-spans-chart = Fragmentos por etiqueta y medio, { $name }
outlets-share = Parte del texto etiquetada: { $name }
outlets-share-chart = Parte del texto de cada medio bajo cada etiqueta, { $name }
side-title = Lado a lado
side-shown = Artículos mostrados
side-quotes = { $count ->
    [one] { $count } cita aparece
   *[other] { $count } citas aparecen
} en más de uno de estos artículos (las mismas palabras, sean cuales sean las comillas, rayas o espacios). Elija una para verla en los demás.
side-also = { $others ->
    [one] Cita también en { $others } artículo más
   *[other] Cita también en { $others } artículos más
}
agreement-point = Señale una casilla para ver su par y su valor.

## Lo que dice la página después de lo que hizo

download-refused = El navegador rechazó la descarga.
file-unread = { $reason }; no cambió nada.
file-refused = { $file } no se puede abrir: { $reason }.
page-refused = No se pudo crear la página del alumno: { $reason }. Entregue en su lugar el archivo del alumno.
name-first = Escriba primero su nombre o un seudónimo, para que su profesor sepa de quién es el trabajo.
handed-in = Entregado como { $name }: dé el archivo descargado a su profesor. Puede seguir y volver a entregar.
student-kept = El trabajo de { $name } se guarda en este ordenador, para seguirlo aquí más tarde. Escriba su propio nombre y empiece.
student-not-kept = El trabajo de { $name } no se pudo apartar: { $reason }.
own-not-kept = Su trabajo no se pudo apartar: { $reason }.
welcome-back = Bienvenido de nuevo, { $name }: su trabajo está abierto.
student-unopened = No se pudo abrir el trabajo de { $name }.
version-unread = No se pudo leer la versión de { $time }: { $reason }.
version-gone = La versión de { $time } ya no se conserva.
other-tab-unread = No se pudo leer la versión guardada en la otra pestaña ({ $reason }); esta sigue abierta.
other-tab-updated = Actualizado con los cambios hechos en otra pestaña.
other-tab-opened = Se abrió la versión guardada en la otra pestaña.
remind-student = Su trabajo solo está en este navegador. Entréguelo de vez en cuando: el archivo es su copia.
remind-never = Su trabajo solo está en este navegador y nunca se ha exportado aquí. Exporte el espacio de trabajo de vez en cuando para conservar una copia.
remind-days = Su trabajo solo está en este navegador y se exportó por última vez hace { $days ->
    [one] { $days } día
   *[other] { $days } días
}. Exporte el espacio de trabajo de vez en cuando para conservar una copia.
autosave-failed = Falló el guardado automático: { $reason }. Exporte el espacio de trabajo para conservar su trabajo.
class-unsaved = No se pudo guardar la clase: { $reason }.
saved-items-lost = No se pudieron abrir { $count ->
    [one] { $count } elemento
   *[other] { $count } elementos
} del espacio de trabajo guardado: { $items }. El guardado tal cual se conserva entre las versiones anteriores (Exportar y luego Versiones anteriores).
saved-steps-lost = Su trabajo está abierto, pero no se pudieron recuperar { $lost }. Revíselo y exporte el espacio de trabajo para conservar una copia.
saved-unread = No se pudo leer el espacio de trabajo guardado ({ $reason }). Se conserva entre las versiones anteriores (Exportar y luego Versiones anteriores), donde puede descargarlo; en su lugar se abrió un espacio de trabajo nuevo.
autosave-off = El guardado automático está desactivado: { $reason }. Exporte el espacio de trabajo para conservar su trabajo.
baked-unread = No se pudo abrir el ejercicio de esta página: { $reason }.

## Lo que dice la página tras una acción

removed = Se quitó { $title } con sus anotaciones. Deshacer los devuelve.
already-open = Ese artículo ya está abierto; aquí lo tiene.
not-teacher = Son entregas de alumnos. Abra el archivo de profesor del ejercicio (el espacio de trabajo que exportó al crearlo) para leerlas; no cambió nada.
read-files = Leídos { $read } de { $count ->
    [one] { $count } archivo
   *[other] { $count } archivos
}; { $students ->
    [one] { $students } alumno
   *[other] { $students } alumnos
} en la clase. El mensaje de cada archivo está en Clase y comentarios.
student-copy-refused = { $file } no se importó, no cambió nada: es la copia de un alumno del ejercicio { $title }, e importarla convertiría su copia de profesor en la de un alumno. Lea el trabajo de los alumnos en Clase y comentarios.
import-stopped = Se detuvo la importación de { $file }: no cambió nada.
import-refused = { $file } no se importó, no cambió nada: { $reason }.
import-failed = No se importó nada: { $reason }.
import-exercise = Se abrió el ejercicio { $title }: sus instrucciones y su guía de etiquetas están encima de los artículos.
import-done = Importados { $articles ->
    [one] { $articles } artículo
   *[other] { $articles } artículos
} y { $annotations ->
    [one] { $annotations } anotación
   *[other] { $annotations } anotaciones
}.
import-reanchored = { $count ->
    [one] { $count } se colocó por su texto citado
   *[other] { $count } se colocaron por su texto citado
}, en un texto que ha cambiado.
import-orphans = { $count } no se pudieron colocar; se listan en «Sin colocar».
import-new-tags = { $count ->
    [one] Etiqueta nueva
   *[other] Etiquetas nuevas
}: { $tags }.
import-note = Nota: { $note }.
import-skipped = { $count ->
    [one] Se omitió { $count } elemento
   *[other] Se omitieron { $count } elementos
}: { $items }
articles-fixed = Su profesor fijó los artículos de este ejercicio: aquí no se puede añadir, quitar ni importar ninguno.
select-first = Seleccione primero texto en el artículo y luego pulse { $key } o elija { $tag }.
select-first-unkeyed = Seleccione primero texto en el artículo y luego elija { $tag }.
tags-fixed = Las etiquetas de este ejercicio son las de su profesor: no pueden cambiar en su copia.
edit-orphans = Se cambió el texto. { $count ->
    [one] { $count } anotación no pudo seguirlo en el texto nuevo; se lista
   *[other] { $count } anotaciones no pudieron seguirlo en el texto nuevo; se listan
} en «Sin colocar». Deshacer devuelve el texto anterior.
edit-refused = El artículo no se cambió: { $reason }.
reading-file = Leyendo { $file }…
importing-read = Importando { $file }: { $done } de { $total } anotaciones leídas…
importing-placed = Importando { $file }: { $done } de { $total } anotaciones colocadas…
gold-now-key = La capa de referencia es ahora la clave: { $changes }. Deshacer devuelve la clave anterior.
gold-change-said = { $title } de { $now } a { $after }
sample-opened = Este es el ejercicio de ejemplo tal como lo ve su profesor: los resaltados son la clave, y cinco alumnos de ejemplo han entregado. Abra «Clase y comentarios» para ver sus notas.
nothing-undo = Nada que deshacer.
nothing-redo = Nada que rehacer.
restored = Se restauró la versión de { $time }. Deshacer devuelve lo que estaba abierto antes.
tag-claim-definition = Una afirmación que podría discutirse o comprobarse: lo que alguien dice que es así.
tag-quote-definition = Palabras presentadas como de alguien, entre comillas o atribuidas.
tag-framing-definition = Elecciones de palabras que presentan a personas o hechos bajo cierta luz: nombres, títulos, etiquetas, palabras cargadas.
tag-fact-definition = Un detalle comprobable que nadie discute: una fecha, un lugar, un número, un acontecimiento.

## Páginas de comentarios, en el idioma del ejercicio

feedback-title = Comentarios: { $title }
feedback-who = { $student } · entregado el { $handed }
feedback-overall = Nota total: { $score } (crédito parcial: una puntuación F1 sobre 100)
feedback-teacher-note = Nota del profesor
feedback-your-note = Su nota
feedback-matched = Encontrado, con la misma etiqueta
feedback-wrong = Encontrado, pero etiquetado como { $given } donde la clave dice { $key }
feedback-missed = Omitido: en la clave, sin marcar
feedback-extra = No está en la clave
feedback-nothing = Nada que marcar aquí y nada marcado: sin nota.
feedback-score = Nota { $score } %: { $matched ->
    [one] { $matched } fragmento encontrado
   *[other] { $matched } fragmentos encontrados
} con la misma etiqueta, { $wrong } con otra, { $missed ->
    [one] { $missed } omitido
   *[other] { $missed } omitidos
}, { $extra } fuera de la clave.
feedback-what = Qué pasó
feedback-key = La clave
feedback-yours = Lo suyo
feedback-points = Puntos

## Lo que dice la vista de clase de cada archivo

file-not-submission = No leído: es { $what }, no la entrega de un alumno. No cambió nada.
file-not-read = No leído: { $reason }.
file-read = Leído: { $student }, { $count ->
    [one] { $count } anotación
   *[other] { $count } anotaciones
}.
file-read-again = Ya leído: { $student }, { $count ->
    [one] { $count } anotación
   *[other] { $count } anotaciones
}; no cambió nada.
file-twice = { $student } entregó dos veces: el archivo leído primero dice { $first }, este { $later }. Ambos están abajo: elija cuál conservar; el primero cuenta hasta entonces.

## Lectura de archivos: qué se leyó, qué se omitió y por qué

warning-separator = {"; "}
skipped = { $at }: omitido, { $why }
read-as = { $name } se leyó como { $how }: { $paragraphs ->
    [one] { $paragraphs } párrafo
   *[other] { $paragraphs } párrafos
}, titulado { $title }.
read-plain = texto sin formato
read-plain-in = texto sin formato en { $encoding }
read-markdown = Markdown, sin sus marcas
read-markdown-in = Markdown en { $encoding }, sin sus marcas
read-word = un documento de Word
read-opendocument = un texto OpenDocument
encoding-utf16 = UTF-16 («texto Unicode»)
encoding-windows-1252 = Windows-1252 (Europa occidental, de programas antiguos de Windows)
read-web-page = { $name } se leyó como una página web guardada: { $parts }. Se dejaron fuera menús, botones para compartir, comentarios y scripts.
web-paragraphs = { $count ->
    [one] { $count } párrafo
   *[other] { $count } párrafos
}
web-titled = titulado { $title }
web-from = de { $site }
web-by = por { $byline }
web-published = publicado el { $date }
document-empty = el texto está vacío
document-too-large = el texto supera los { $limit } MB, lo máximo que admite un artículo
document-not-text = no es un archivo de texto (se espera UTF-8, UTF-16 o Windows-1252)
offset-past-end = la posición { $offset } está después del final del texto ({ $length })
offset-inside-character = la posición { $offset } cae dentro de un carácter
offsets-reversed = sus posiciones { $start } y { $end } están vacías o invertidas
anchor-nothing = no tiene ni cita ni posición dentro del artículo
anchor-not-found = su texto «{ $quote }» no está en el artículo
anchor-budget-spent = su texto «{ $quote }» no está exactamente en el artículo, y ya se buscaron demasiados otros de forma aproximada
anchor-not-even-approximately = su texto «{ $quote }» no está en el artículo, ni siquiera de forma aproximada
anchor-too-long = su texto «{ $quote }» es más largo que el artículo
anchor-ambiguous = su texto «{ $quote }» aparece { $count } veces y nada indica a cuál se refiere
place-no-quote = su artículo no está abierto aquí y no trae ninguna cita con que encontrarlo
place-not-near = { $why }; su propio artículo no está abierto aquí, así que no se intentó una coincidencia aproximada
place-nothing-open = no hay ningún artículo abierto donde colocarlo
skip-id-twice = su identificador { $id } aparece dos veces
record-id-exists = { $at }: ya existe una anotación con el identificador { $id }; se conservó la del espacio de trabajo
import-kept-for-notes = { $count ->
    [one] { $count } anotación está sobre palabras ya etiquetadas igual aquí, con otra nota, así que se conserva junto a esa
   *[other] { $count } anotaciones están sobre palabras ya etiquetadas igual aquí, con otras notas, así que se conservan junto a esas
}
import-already-here = { $count ->
    [one] { $count } anotación ya estaba aquí y se dejó fuera
   *[other] { $count } anotaciones ya estaban aquí y se dejaron fuera
}
skip-tag-not-exercises = su etiqueta «{ $tag }» no es una de las de este ejercicio
skip-tag-unnamable = «{ $tag }» no puede ser el nombre de una etiqueta
import-too-large = el archivo supera los { $limit } MB, lo máximo que importa Framelens
import-lone-ann = un archivo .ann de brat se lee con su .txt: ponga ambos (y los demás) en un solo .zip e impórtelo
import-not-text = no es un archivo de texto (se espera UTF-8, UTF-16 o Windows-1252)
import-encoding = el archivo se leyó como { $encoding }
import-unknown-json = este JSON no está en ninguno de los formatos que lee Framelens (espacio de trabajo de Framelens, anotaciones web W3C, tareas de Label Studio o JSONL de doccano)
import-invalid = no es un archivo válido: línea { $line }, columna { $column } ({ $detail })
at-file = { $file }
at-file-line = { $file }, línea { $line }
brat-nothing = este archivo comprimido no contiene ni archivos .txt y .ann de brat ni archivos .jsonl de doccano
brat-lone-ann = se omitió { $stem }.ann: no hay ningún { $stem }.txt a su lado
brat-unread = { $file }: { $count ->
    [one] no se leyó { $count } línea de relaciones, eventos o atributos
   *[other] no se leyeron { $count } líneas de relaciones, eventos o atributos
}; Framelens solo tiene fragmentos etiquetados
brat-no-offsets = no tiene posiciones
brat-no-type = no tiene tipo
brat-not-offsets = «{ $fragment }» no es un par de posiciones
brat-text-differs = su texto «{ $text }» no es el texto de sus posiciones, como exige brat
brat-fragments-apart = sus fragmentos están separados; los fragmentos de Framelens son continuos
file-empty = el archivo está vacío
no-tag = no tiene etiqueta
at-row = fila de la línea { $line }
csv-unclosed = la fila que empieza en la línea { $line } tiene un campo entre comillas que nunca se cierra
csv-no-header = la primera fila debe nombrar las columnas, al menos «tag» y «text» (o «start» y «end»)
csv-offsets-unordered = { $at }: inicio «{ $start }» y fin «{ $end }» no son dos posiciones en orden; colocado por su texto
at-said = { $at }: { $what }
at-line = línea { $line }
at-record = registro { $n }
at-label = { $at }, etiqueta { $n }
at-in-file = { $file }, { $at }
not-utf8 = no es texto UTF-8
doccano-no-text = no tiene «text»
no-label = no tiene etiqueta
offsets-not-numbers = sus posiciones no son dos números enteros
in-utf16 = { $why } (contado en unidades UTF-16)
at-task = tarea { $n }
at-annotation-of = { $at }, anotación { $n }
at-result = { $at }, resultado { $n }
label-studio-min-not-list = la exportación JSON-MIN de Label Studio es una lista de tareas, y esto no es una lista
label-studio-no-text = sus datos no contienen texto
label-studio-no-place = no tiene ni posiciones en orden ni texto
empty-label-skipped = se omitió una etiqueta vacía
id-not-uuid = «{ $id }» no es un UUID
at-annotation = anotación { $n }
at-document = artículo { $n } ({ $title })
newer-version = este archivo es de la versión { $version }, más reciente que la que lee este Framelens ({ $known }); actualice Framelens
native-not-workspace = no es un archivo de espacio de trabajo de Framelens (su «format» no es «{ $format }»)
native-text-changed = el texto de { $title } se cambió después de exportarlo, así que se abre como un artículo aparte y sus anotaciones se colocan por sus citas
native-exercise-left-out = se dejó fuera el ejercicio: { $why }
exercise-article-unread = el artículo { $title } no se puede abrir: { $why }
exercise-article-changed = el artículo { $title } se cambió después de crear el ejercicio; pida el archivo de nuevo
file-tags-broken = las etiquetas del archivo no se pueden usar: { $why }
file-exercise-broken = el ejercicio de este archivo está dañado: { $why }
exercise-no-id = no tiene un identificador válido
exercise-too-long = su título o sus instrucciones son demasiado largos
exercise-article-missing = nombra un artículo que el archivo no contiene
exercise-no-role = su papel no es ni docente ni estudiante
tags-none = conserve al menos una etiqueta
tags-too-many = un espacio de trabajo tiene como máximo { $limit } etiquetas
tags-unnamed = cada etiqueta necesita un nombre
tags-name-too-long = el nombre de etiqueta «{ $tag }» supera los { $limit } caracteres
tags-name-broken = el nombre de etiqueta «{ $tag }» contiene un tabulador o un salto de línea
tags-same-name = dos etiquetas se llaman «{ $tag }»
zip-cut-short = este archivo ZIP está cortado o dañado
zip-not-zip = no es un archivo ZIP
zip-64 = este archivo está en formato ZIP64, que Framelens no lee
zip-encrypted = { $file } está cifrado en este archivo ZIP
zip-too-large = este archivo ZIP ocupa más de { $limit } MB descomprimido, lo máximo que importa Framelens
zip-damaged = { $file } está dañado en este archivo ZIP
zip-method = { $file } está comprimido con el método { $method }, que Framelens no lee
zip-checksum = { $file } está dañado en este archivo ZIP (su suma de comprobación es incorrecta)
office-not = no es { $kind }: no contiene texto
office-empty = es { $kind } sin ningún texto
w3c-pages-elsewhere = las páginas de esta colección están en otro sitio (su «first» es un enlace); guarde las páginas mismas
w3c-not-object = no es un objeto JSON
w3c-no-tag = no tiene cuerpo de etiqueta (tagging)
w3c-no-target = no tiene destino
w3c-position-unordered = su TextPositionSelector no son dos posiciones en orden; colocado por su cita
journal-article-unread = no se pudo leer un artículo: { $why }
journal-article-differs = el texto de un artículo difiere del guardado
journal-no-tag = una anotación no tiene etiqueta
journal-not-fingerprint = «{ $text }» no es la huella de un artículo
lost-history = el historial para deshacer de antes de recargar
lost-changes = { $count ->
    [one] el último cambio
   *[other] los últimos { $count } cambios
}
submission-not-text = no es un archivo de texto
submission-not-submission = no es una entrega de Framelens
submission-other-exercise = es de otro ejercicio, { $title }
submission-no-student = no tiene nombre de estudiante
submission-article-changed = el texto del artículo { $title } difiere del del ejercicio (se cambió), así que no se puede puntuar
submission-article-missing = el artículo { $title } no está (se quitó de la copia del estudiante), así que no se puede puntuar
submission-too-many = contiene { $count } anotaciones, más de las que nadie hace a mano
submission-off-exercise = está en un artículo que no forma parte del ejercicio
submission-outside = su fragmento { $start }–{ $end } queda fuera de su artículo
submission-other-tag = su etiqueta «{ $tag }» no es una de las del ejercicio
sentence = { $what }.
edit-no-article = ese artículo no está en el espacio de trabajo
edit-article-open = ese artículo ya está abierto
edit-no-annotation = ninguna anotación tiene el identificador { $id }
edit-annotation-exists = ya existe una anotación con el identificador { $id }
edit-empty = seleccione primero un texto
edit-outside = el fragmento { $start }–{ $end } queda fuera del artículo (longitud { $length })
edit-no-tag = el espacio de trabajo no tiene la etiqueta «{ $tag }»
edit-tag-in-use = aún hay anotaciones con la etiqueta «{ $tag }»: cámbieles la etiqueta o elimínelas primero
tags-row-same-name = Dos etiquetas se llaman «{ $tag }»: dé a cada una su propio nombre.
tags-no-target = No hay ninguna etiqueta «{ $tag }» a la que pasar los fragmentos.
tags-say-leaving = Diga qué pasa con los fragmentos etiquetados «{ $tag }»: cámbieles la etiqueta o elimínelos.
article-edit-gone = ese artículo ya no está abierto
article-edit-locked = en la copia de un estudiante el texto de los artículos queda tal como se repartió
article-edit-same-text = otro artículo abierto tiene exactamente este texto
kind-zip = un archivo zip
kind-exercise = un archivo de ejercicio, tal como se reparte a los estudiantes
kind-workspace = un espacio de trabajo de Framelens
kind-csv = una hoja de cálculo (CSV)
kind-doccano = un archivo de doccano (JSONL)
kind-w3c = un archivo de anotaciones web W3C
kind-json = un archivo JSON
kind-text = un archivo de texto
kind-file = un archivo
exercise-untitled = Ejercicio
exercise-one = { $title }
exercise-two = { $first } y { $second }
exercise-more = { $first }, { $second } y { $count } más

## Lo que dice el navegador

with-detail = { $what } ({ $detail })
storage-unopened = no se pudo abrir el almacenamiento del navegador
storage-full = el almacenamiento del navegador está lleno o bloqueado
storage-no-indexeddb = este navegador no ofrece IndexedDB a esta página
storage-piece-missing = falta una parte del trabajo guardado en el almacenamiento del navegador
file-too-large = { $file } supera los { $limit } MB
file-not-readable = no se pudo leer { $file }
page-too-deep = esta página anida sus elementos a más de { $depth } niveles, como ninguna página de noticias, así que no se leyó
page-unreadable = el navegador no pudo leer esta página
page-not-html = no es una página web guardada como HTML
page-no-article = no se encontró texto de artículo en esta página
single-file-missing = la página de un solo archivo (framelens.html) no está junto a esta página

## El informe para imprimir

report-title = Informe de Framelens
report-summary = { $articles ->
    [one] { $articles } artículo
   *[other] { $articles } artículos
}, { $annotations ->
    [one] { $annotations } anotación
   *[other] { $annotations } anotaciones
}.
report-legend = Leyenda
report-legend-item = subrayado { $line }, { $count } en total
report-notes = Notas
report-back = Volver al texto
line-solid = continuo
line-double = doble
line-wavy = ondulado
line-dotted = punteado
line-dashed = discontinuo
