"""Date input for editors who use the admin in English: the date pickers show Dutch dates
(WAGTAIL_DATE_FORMAT, dd-mm-jjjj), so the English admin must read them back too."""

from django.conf.locale.en import formats as english

DATE_INPUT_FORMATS = ["%d-%m-%Y", *english.DATE_INPUT_FORMATS]
DATETIME_INPUT_FORMATS = ["%d-%m-%Y %H:%M", *english.DATETIME_INPUT_FORMATS]
