# Интерфейс Framelens на русском. Одно сообщение в строке: идентификатор, «=», слова.
# { $name } подставляет страница; [one], [few], [many] и *[other] выбираются по числу.
# В каждом языковом файле те же идентификаторы в том же порядке.

## Заголовок

opening = Открываем ваше рабочее пространство…
save-off = Автосохранение выключено: экспортируйте, чтобы сохранить работу
save-saved = Все изменения сохранены
save-saving = Сохранение…
save-failed = Не сохранено: экспортируйте, чтобы сохранить работу
save-newer = Не сохранено: изменено в другой вкладке
newer-text = Это рабочее пространство сохранили в другой вкладке или окне после последнего сохранения здесь, поэтому здесь ничего не сохраняется, пока вы не выберете. Открыв более новую версию, вы потеряете изменения, сделанные здесь с тех пор; оставив эту, вы замените изменения другой вкладки (сначала экспортируйте, чтобы сохранить обе).
newer-open = Открыть более новую версию
newer-keep = Оставить версию этой вкладки
language-label = Язык
colours-label = Цвета
colours-system = Цвета системы
colours-light = Светлые цвета
colours-dark = Тёмные цвета

## Панель инструментов

toolbar-label = Разметка
tag-claim = Утверждение
tag-quote = Цитата
tag-framing = Фрейминг
tag-fact = Факт
tag-button-title = Отметить выделенное как { $tag } (клавиша { $key })
tag-button-title-unkeyed = Отметить выделенное как { $tag }
toolbar-undo = Отменить
toolbar-undo-title = Отменить (Ctrl+Z)
toolbar-redo = Повторить
toolbar-redo-title = Повторить (Ctrl+Shift+Z)
toolbar-add-article = Добавить статью
toolbar-import = Импорт
toolbar-import-title = Импорт аннотаций: Framelens, W3C, CSV, doccano, Label Studio или brat
toolbar-export = Экспорт
toolbar-side-by-side = Рядом
toolbar-side-by-side-title = Читать статьи рядом, с общими цитатами, связанными между собой
toolbar-tags = Метки…
toolbar-tags-title = Добавить, переименовать, раскрасить, упорядочить и определить метки
toolbar-exercise = Задание
toolbar-exercise-title = Сделать из этих статей задание для класса

## Статьи и текст

articles-label = Статьи
articles-hint = [ и ] переключают статьи
workbench-empty = Статей нет. Добавьте статью кнопкой «Добавить статью» или перетащите сюда файл .txt.
article-edit = Изменить статью…
article-remove = Удалить статью
article-text-label = Текст статьи: стрелки перемещают, Shift расширяет выделение, { $keys } отмечают его, Enter выбирает аннотацию у курсора
selection-bar-label = Отметить выделенное
keys-footer = Клавиши: выделите текст (мышью или Shift+стрелками в статье), затем { $keys }. Enter выбирает аннотацию у курсора, Delete удаляет выбранную, Ctrl+Z отменяет, Ctrl+Shift+Z повторяет.

## Боковая панель

panel-label = Аннотации
panel-title = Аннотации ({ $count })
panel-counts = Аннотации по меткам
panel-empty = Аннотаций пока нет. Выделите текст в статье и нажмите { $keys } или выберите метку выше.
panel-more = Показать ещё (не показано: { $count })
editor-label = Выбранная аннотация
editor-done = Готово
editor-tag = Метка
editor-note = Заметка
editor-delete = Удалить аннотацию

## Сообщения

notice-dismiss = Закрыть это сообщение
notice-stop = Остановить
orphans-title = Не размещено ({ $count })
orphans-hint = Эти импортированные аннотации не совпадают ни с одним текстом открытых статей, поэтому ничего не угадывалось. Откройте их статью или сохраните импортированный файл.
orphans-dismiss = Закрыть этот список

## Окно «Метки»

tags-title = Метки
tags-hint = Первые { $keyed } меток назначены на клавиши от 1 до { $keyed } в этом порядке. У каждого цвета своя линия, чтобы метки различались и при дальтонизме, и при печати. Одна отмена возвращает всё, что вы здесь сохраните.
tags-name = Название метки { $place }
tags-name-placeholder = Название
tags-colour = Цвет метки { $place }
tags-definition = Определение метки { $place }
tags-definition-placeholder = Что она отмечает, в одну строку
tags-up = Поднять метку { $place }
tags-down = Опустить метку { $place }
tags-remove = Удалить метку { $place }
tags-remove-button = Удалить
tags-add = Добавить метку
tags-leaving = { $count ->
    [one] { $count } фрагмент отмечен «{ $tag }»:
    [few] { $count } фрагмента отмечены «{ $tag }»:
    [many] { $count } фрагментов отмечены «{ $tag }»:
   *[other] { $count } фрагмента отмечены «{ $tag }»:
}
tags-leaving-choose = Выберите, что с ними сделать
tags-leaving-delete = Удалить их
tags-leaving-retag = Отметить их как { $tag }
tags-cancel = Отмена
tags-save = Сохранить метки
look-amber = Янтарный, сплошная линия
look-sky = Голубой, двойная линия
look-pink = Розовый, волнистая линия
look-green = Зелёный, точечная линия
look-orange = Оранжевый, штриховая линия
look-blue = Синий, волнистая линия
look-vermilion = Киноварный, двойная линия
look-grey = Серый, точечная линия
look-amber-wavy = Янтарный, волнистая линия
look-sky-dotted = Голубой, точечная линия
look-pink-solid = Розовый, сплошная линия
look-green-double = Зелёный, двойная линия
