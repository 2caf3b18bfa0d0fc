from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel


class CourseCategory(models.Model):
    """A part of the offer, e.g. Persoonlijk leiderschap, Effectief werken, Algemene kennis."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("course category")
        verbose_name_plural = _("course categories")

    def __str__(self):
        return self.name


class TrainingProvider(models.Model):
    """A contracted training bureau (or the municipality itself, for internal modules)."""

    name = models.CharField(_("name"), max_length=150, unique=True)
    is_internal = models.BooleanField(
        _("internal"),
        default=False,
        help_text=_("Modules developed or given by the municipality's own employees."),
    )
    contact_name = models.CharField(_("contact person"), max_length=150, blank=True)
    email = models.EmailField(_("e-mail"), blank=True, help_text=_("Participant lists are mailed here."))
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    contract_start = models.DateField(_("contract start"), null=True, blank=True)
    contract_end = models.DateField(_("contract end"), null=True, blank=True)
    price_per_session = models.DecimalField(
        _("price per session"),
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("In euros, excluding VAT."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("is_internal"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldRowPanel([FieldPanel("email"), FieldPanel("phone")])],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contract_start"), FieldPanel("contract_end")]),
                FieldPanel("price_per_session"),
            ],
            heading=_("Contract"),
        ),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("training provider")
        verbose_name_plural = _("training providers")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(contract_end__isnull=True)
                | models.Q(contract_start__isnull=True)
                | models.Q(contract_end__gte=models.F("contract_start")),
                name="provider_contract_ends_after_start",
            )
        ]

    def __str__(self):
        return self.name
