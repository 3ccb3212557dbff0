"""All demo answers, collected from the topic modules into one list."""

from . import (
    afval,
    algemeen,
    belastingen,
    burgerlijke_stand,
    ondernemen,
    onderwijs_jeugd,
    openbare_ruimte,
    parkeren,
    reisdocumenten,
    uittreksels,
    vergunningen,
    verhuizen,
    verkiezingen,
    werk_inkomen,
    wonen,
    zorg,
)

ANSWERS = [
    *reisdocumenten.ANSWERS,
    *verhuizen.ANSWERS,
    *uittreksels.ANSWERS,
    *burgerlijke_stand.ANSWERS,
    *verkiezingen.ANSWERS,
    *afval.ANSWERS,
    *parkeren.ANSWERS,
    *belastingen.ANSWERS,
    *werk_inkomen.ANSWERS,
    *zorg.ANSWERS,
    *vergunningen.ANSWERS,
    *openbare_ruimte.ANSWERS,
    *wonen.ANSWERS,
    *onderwijs_jeugd.ANSWERS,
    *ondernemen.ANSWERS,
    *algemeen.ANSWERS,
]
