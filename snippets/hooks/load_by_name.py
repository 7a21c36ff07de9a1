"""A load_state_dict pre-hook that matches optimizer state by name."""
import copy


def by_name(renamed=None):
    """Return a hook for register_load_state_dict_pre_hook.

    `renamed` maps a parameter name of this model to its name in the
    checkpoint. A parameter the checkpoint lacks keeps the state it has
    (none, for a new optimizer); checkpoint entries no parameter asks for
    are left out. Both sides must have been built from named_parameters().
    """
    renamed = renamed or {}

    def hook(optimizer, saved):
        ours = copy.deepcopy(optimizer.state_dict())  # our ids and names
        for group, old in zip(ours["param_groups"], saved["param_groups"],
                              strict=True):
            for key, value in old.items():  # saved lr, momentum, ...
                if key not in ("params", "param_names"):
                    group[key] = value
            old_ids = dict(zip(old["param_names"], old["params"]))
            for pid, name in zip(group["params"], group["param_names"]):
                old_id = old_ids.get(renamed.get(name, name))
                if old_id in saved["state"]:
                    ours["state"][pid] = copy.deepcopy(saved["state"][old_id])
        return ours  # load_state_dict() loads this instead

    return hook
